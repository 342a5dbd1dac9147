import { type ComponentChild, render } from 'preact';
import { shownLanguage } from '../common/i18n/t';
import { loadSettings } from '../common/settings/settings-store';
import { knowledgeFor } from './knowledge/knowledge-in';
import { showKnowledge } from './knowledge/reader-knowledge';

// An extension page's index.html is only a shell: its main.tsx starts it with one of these.

/** The document speaks the reader's language, under `title` when given. */
function startPage(title: string | undefined): HTMLElement {
  document.documentElement.lang = shownLanguage();
  if (title) document.title = title;
  return document.getElementById('app') as HTMLElement;
}

/** Renders `page` into the shell's <div id="app"> at once. */
export function mountPage(page: () => ComponentChild, title?: string): void {
  render(page(), startPage(title));
}

/**
 * Renders `page` once the cards' language is loaded, for a page that shows cards or names
 * terms: no English card flashes by first.
 */
export function mountWithKnowledge(page: () => ComponentChild, title?: string): void {
  const app = startPage(title);
  void loadSettings()
    .then(knowledgeFor)
    .then(showKnowledge)
    .finally(() => render(page(), app));
}
