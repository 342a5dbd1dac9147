import { loadSettings, watchSettings } from '../../common/settings/settings-store';
import { knowledgeFor } from '../../components/knowledge/knowledge-in';
import { showKnowledge } from '../../components/knowledge/reader-knowledge';

/** The card's knowledge, kept in the cards' language the settings choose. */
export interface CardKnowledge {
  /** Settles once the knowledge in the chosen language is shown (English if it cannot load). */
  ready(): Promise<void>;
  stop(): void;
}

/** Loads the chosen language's translation now and again whenever the setting changes. */
export function followCardLanguage(): CardKnowledge {
  const show = (loading: Promise<Parameters<typeof showKnowledge>[0]>) =>
    loading.then(showKnowledge).catch(() => {});
  let ready = show(loadSettings().then(knowledgeFor));
  const stop = watchSettings((settings) => {
    ready = show(knowledgeFor(settings));
  });
  return { ready: () => ready, stop };
}
