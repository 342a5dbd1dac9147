import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKey } from '../common/i18n/message-keys';

const LOCALES_DIR = join(import.meta.dirname, '../public/_locales');

/**
 * `browser.i18n.getMessage` for one locale, read from its messages.json, so that code which
 * words a statement can be tested in plain Node in every language: `$1`…`$9` are filled
 * from `substitutions`, `$$` is a dollar sign.
 */
export function messagesOf(locale: string) {
  const file = join(LOCALES_DIR, locale, 'messages.json');
  const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return (key: MessageKey, substitutions: string | string[] = []): string => {
    const entry = messages[key];
    if (!entry) throw new Error(`${file}: no message "${key}"`);
    const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
    return entry.message.replace(/\$(\$|\d)/g, (_, which: string) =>
      which === '$' ? '$' : (values[Number(which) - 1] ?? ''),
    );
  };
}
