import { article } from './article';
import { cards } from './cards';
import { disclaimer } from './disclaimer';
import { misconceptions } from './misconceptions';
import { type KnowledgePack, PACK_FILES } from './schema';
import { terms } from './terms';
import { validatePack } from './validate-pack';

/**
 * The build hook's check (`build:before` in wxt.config.ts), also run by the unit tests:
 * validates the data files (shape and cross-references), so valibot never ships.
 * Throws a PackError listing every problem with file, item id and field.
 */
export function assertValidPack(): KnowledgePack {
  return validatePack({ article, terms, cards, misconceptions, disclaimer }, PACK_FILES);
}
