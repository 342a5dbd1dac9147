import type english from '../../public/_locales/en/messages.json';

/**
 * Every UI string's key. English (`public/_locales/en/messages.json`) is the reference
 * locale, so a key used in code but missing there fails the typecheck, and
 * tests/unit/locales.test.ts fails when another locale lacks a key English has.
 */
export type MessageKey = keyof typeof english;

/** How a manifest field names a message; the browser substitutes it in the reader's language. */
export function manifestMessage(key: MessageKey): `__MSG_${MessageKey}__` {
  return `__MSG_${key}__`;
}
