import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../common/settings/settings';
import { type ReaderKnowledge, readerKnowledge, showKnowledge } from './reader-knowledge';

/**
 * The knowledge an extension page shows, following the reader's settings: the cards' language
 * loads when the settings are known or change, and a load overtaken by a newer one is dropped.
 */
export function useReaderKnowledge(
  settings: Settings | null,
  knowledgeFor: (settings: Settings) => Promise<ReaderKnowledge>,
): ReaderKnowledge {
  const [knowledge, setKnowledge] = useState(readerKnowledge);
  useEffect(() => {
    if (!settings) return;
    let stale = false;
    void knowledgeFor(settings).then((next) => {
      if (stale) return;
      showKnowledge(next);
      setKnowledge(next);
    });
    return () => {
      stale = true;
    };
  }, [knowledgeFor, settings]);
  return knowledge;
}
