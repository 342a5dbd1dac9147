import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFor } from './manifest-helpers';

const LOCALES_DIR = join(import.meta.dirname, '../../public/_locales');
/** The languages the extension ships at least; more folders are welcome and checked alike. */
const REQUIRED = ['en', 'de', 'fr', 'es', 'ru'];
/** Chrome Web Store and AMO limits for the manifest's name and description. */
const MAX_NAME = 45;
const MAX_DESCRIPTION = 132;

type Messages = Record<string, { message?: unknown; description?: unknown }>;

function readLocale(locale: string): Messages {
  const file = join(LOCALES_DIR, locale, 'messages.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Messages;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

const locales = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const english = readLocale('en');
const englishKeys = Object.keys(english).sort();

/** `$1`…`$9` and `$name$` placeholders a message uses, so translations keep them. */
function placeholdersOf(message: string): string[] {
  return [...message.matchAll(/\$(\d|[A-Za-z_]\w*\$)/g)].map((m) => m[0]).sort();
}

describe('locales (public/_locales)', () => {
  it('has every required language', () => {
    expect(locales).toEqual(expect.arrayContaining(REQUIRED));
  });

  it.each(locales)('%s has exactly the keys English has, none empty', (locale) => {
    const messages = readLocale(locale);
    const keys = Object.keys(messages);
    const missing = englishKeys.filter((key) => !keys.includes(key));
    const extra = keys.filter((key) => !englishKeys.includes(key));
    expect(missing, `${locale} lacks these keys`).toEqual([]);
    expect(extra, `${locale} has keys English does not`).toEqual([]);
    for (const key of keys) {
      const message = messages[key]?.message;
      expect(
        typeof message === 'string' && message.trim() !== '',
        `${locale}: "${key}" is empty`,
      ).toBe(true);
      expect(key, `${locale}: "${key}" is not a valid message name`).toMatch(/^[A-Za-z0-9_]+$/);
      expect(placeholdersOf(message as string), `${locale}: "${key}" placeholders`).toEqual(
        placeholdersOf(english[key]?.message as string),
      );
    }
  });

  it.each(locales)('%s names its own language', (locale) => {
    expect(readLocale(locale).languageTag?.message).toBe(locale.replace('_', '-'));
  });

  it.each(locales)('%s keeps the store limits for name and description', (locale) => {
    const messages = readLocale(locale);
    expect(String(messages.extName?.message ?? '').length).toBeLessThanOrEqual(MAX_NAME);
    expect(String(messages.extDescription?.message ?? '').length).toBeLessThanOrEqual(
      MAX_DESCRIPTION,
    );
  });

  it('English describes every key for translators', () => {
    for (const key of englishKeys) {
      expect(typeof english[key]?.description, `en: "${key}" has no description`).toBe('string');
    }
  });

  it('the manifest names only messages that exist, and English is its default locale', async () => {
    const built = await manifestFor('chrome');
    expect(built.default_locale).toBe('en');
    const referenced = [...JSON.stringify(built).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(referenced).toEqual(expect.arrayContaining(['extName', 'extDescription']));
    for (const key of referenced) expect(englishKeys).toContain(key);
  });
});
