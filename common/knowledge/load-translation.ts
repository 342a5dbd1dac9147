import { browser } from 'wxt/browser';
import type { TranslationLanguage } from '../../content/languages';
import type { PackTranslationInput } from '../../content/translation-schema';
import { stageUrl } from '../stage-url';
import { offeredTranslation, translationStageFile } from './translation-handle';

/** Failed imports so far: a browser remembers a failed module import by its address. */
let failures = 0;

/**
 * Loads one language's translation stage into this world (once) and returns its translation;
 * null when the import failed (the extension is reloading), to be tried again at the next call.
 */
export async function loadTranslation(
  language: TranslationLanguage,
): Promise<PackTranslationInput | null> {
  if (!offeredTranslation(language)) {
    const url = stageUrl(stageAddress(translationStageFile(language)), failures);
    await import(/* @vite-ignore */ url).catch(() => {
      failures++;
    });
  }
  return offeredTranslation(language);
}

/**
 * Where this world imports a stage from. An extension page (popup, welcome) imports its own
 * file by path: its policy allows scripts from its own origin only, and Chrome's runtime URL
 * for a web-accessible file is a per-session one (`use_dynamic_url`). A content script has no
 * such origin and imports by the runtime URL.
 */
function stageAddress(path: string): string {
  return /^(chrome|moz)-extension:$/.test(location.protocol)
    ? path
    : browser.runtime.getURL(path as '/');
}
