import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { manifestMessage } from './common/i18n/message-keys';
import { TRANSLATION_STAGE_FILES } from './common/knowledge/translation-handle';
import { CARD_STAGE_FILE } from './page/card/port';
import { ENGINE_STAGE_FILE } from './page/engine-stage/port';

const SENTINEL_FILE = 'sentinel.js';
// The manifest names files without the leading slash the runtime's getURL takes.
const STAGE_FILES = [ENGINE_STAGE_FILE, CARD_STAGE_FILE, ...TRANSLATION_STAGE_FILES].map((file) =>
  file.replace(/^\//, ''),
);

// Permissions are the least the features need; README.md lists each one with its reason,
// and a unit test keeps that list and this manifest in step.
export default defineConfig({
  imports: false,
  // Parallel test runs can build side by side (KL_OUT_DIR); the default is WXT's own.
  outDir: process.env.KL_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // `npm run dev` opens Chromium on the bundled demo article, served by scripts/dev.mjs.
  webExt: {
    startUrls: [`http://127.0.0.1:${process.env.KL_DEMO_PORT ?? 5183}/ketamine-news.html`],
    binaries: chromiumBinary(),
    // Chromium refuses to start its sandbox as root (containers, CI boxes).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  vite: () => ({
    plugins: [preact(), builtPatterns()],
    // The check build (KETAMINE_LENS_CHECKS=1) adds the performance marks and opens the card's
    // shadow root for tests and tools; a plain build has neither (docs/contract.md).
    define: { __KETAMINE_LENS_CHECKS__: JSON.stringify(process.env.KETAMINE_LENS_CHECKS === '1') },
    // KL_NO_MINIFY=1 keeps names readable in CPU profiles.
    build: { minify: !process.env.KL_NO_MINIFY },
  }),
  manifest: ({ browser }) => ({
    // Name, description and command descriptions are in public/_locales/<lang>/messages.json,
    // shown in the browser's language (English when it has no strings for it).
    name: manifestMessage('extName'),
    description: manifestMessage('extDescription'),
    default_locale: 'en',
    // Chrome's side panel needs `sidePanel` (WXT would add it for the side panel entrypoint;
    // named here so the permissions table is checked against it); Firefox's sidebar needs none.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // The sentinel, in every frame, including about:blank, srcdoc and blob frames, which
    // inherit their parent. Declared here, not by WXT's defineContentScript, whose wrapper
    // always builds WXT's ContentScriptContext and with it webextension-polyfill.
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
        js: [SENTINEL_FILE],
        match_origin_as_fallback: true,
      } as never,
    ],
    // The stages a frame's sentinel imports: the engine when a term may be there, the card at
    // its first use. Chrome serves them only under a per-session random id
    // (`use_dynamic_url`), so a page cannot probe for them.
    web_accessible_resources:
      browser === 'firefox'
        ? (STAGE_FILES as never)
        : [{ resources: STAGE_FILES, matches: ['<all_urls>'], use_dynamic_url: true }],
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: manifestMessage('commandNextTerm'),
      },
      'toggle-highlighting': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: manifestMessage('commandToggleHighlighting'),
      },
    },
    // Firefox needs an add-on id for storage; 140 is its first release with CSS highlights
    // (the CSS Custom Highlight API). Firefox for Android got them in the same release (MDN's
    // compat data mirrors desktop) but reads `data_collection_permissions` only from 142, so
    // that is its minimum. Nothing is collected or transmitted, hence `none`.
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'ketamine-lens@ketamine-lens.org',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // A malformed knowledge pack fails the build, naming the file, the card and the field.
    'build:before': async () => {
      const { assertValidPack } = await import('./content/validate-at-build');
      assertValidPack();
    },
  },
});

/**
 * `virtual:ketamine-lens/patterns`: the page matcher's patterns and the family anchors, made
 * from the knowledge pack when the extension is built (build/pattern-module.ts), so
 * the content script carries neither the pack nor a copy of its tables.
 */
function builtPatterns(): Plugin {
  const id = 'virtual:ketamine-lens/patterns';
  return {
    name: 'ketamine-lens-patterns',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(source) {
      if (source !== `\0${id}`) return undefined;
      const { patternModuleSource } = await import('./build/pattern-module');
      return patternModuleSource();
    },
  };
}

/** Debian's Chromium (or CHROMIUM_PATH) when present; otherwise WXT finds Chrome itself. */
function chromiumBinary(): Record<string, string> | undefined {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  return existsSync(path) ? { chrome: path } : undefined;
}
