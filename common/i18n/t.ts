import { browser } from 'wxt/browser';
import type { MessageKey } from './message-keys';

/**
 * A UI string in the browser's language, from `public/_locales/<lang>/messages.json`;
 * the browser falls back to English (the manifest's `default_locale`) for a missing one.
 * `substitutions` fill `$1`, `$2`… in the message.
 */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/**
 * The language the strings are actually shown in (the locale the browser picked, not its
 * UI language, which may be one we have no strings for), for a page's `lang` attribute.
 */
export function shownLanguage(): string {
  return t('languageTag');
}

/** The browser's UI language (`de-AT`, `en-US`), which "auto" settings follow. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
