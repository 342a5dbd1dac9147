import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { offerTranslation } from '../common/knowledge/translation-handle';
import { ru } from '../content/translations/ru';

// The ru translation stage: loaded by the card stage or the popup when cards are read in it.
export default defineUnlistedScript(() => offerTranslation(ru));
