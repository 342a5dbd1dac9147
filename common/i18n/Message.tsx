import type { ComponentChildren } from 'preact';
import { Fragment } from 'preact';
import type { MessageKey } from './message-keys';
import { t } from './t';

// Private-use characters stand in for $1, $2… so that the parts can be elements (keys, a
// title marked lang="en") placed where the translation puts them.
const MARK = 0xe000;

/** A message whose `$1`, `$2`… are components, in the order the translation has them. */
export function Message({ id, parts }: { id: MessageKey; parts: readonly ComponentChildren[] }) {
  const marks = parts.map((_, index) => String.fromCharCode(MARK + index));
  const text = t(id, marks);
  const pieces = text.split(/([\ue000-\ue0ff])/u);
  return (
    <>
      {pieces.map((piece, index) => {
        const part = piece.length === 1 ? piece.charCodeAt(0) - MARK : -1;
        return (
          <Fragment key={index}>{part >= 0 && part < parts.length ? parts[part] : piece}</Fragment>
        );
      })}
    </>
  );
}

/** Card text (the article's words, section names, titles) stays English and says so. */
export function English({ children }: { children: ComponentChildren }) {
  return <span lang="en">{children}</span>;
}
