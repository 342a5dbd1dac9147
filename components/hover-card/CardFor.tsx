import { KINDS, type KnowledgeRef } from '../../content/kinds';
import { KIND_VIEWS } from '../fact-card/kind-views';
import { HoverCard } from './HoverCard';

interface CardForProps {
  /** A term or myth id of the pack, as a frame reports it. */
  id: string;
  onClose: () => void;
  onOpenSearch: (query: string) => void;
}

/**
 * The hover card of a pack id, read in the extension's own pages (the side panel, the popup in
 * discreet mode) rather than beside the page's words: the same card, in the page's flow.
 * Without the page's words it names the term by the pack's name for it.
 */
export function CardFor({ id, onClose, onOpenSearch }: CardForProps) {
  const value = knowledgeRefOf(id);
  const label = value && KIND_VIEWS[value.kind].listLabel(id);
  if (!value || !label) return null;
  return (
    <HoverCard
      value={value}
      matchedText={label.text}
      inline
      onClose={onClose}
      onOpenSearch={(query) => onOpenSearch(query)}
    />
  );
}

/** The kind of a pack id (the first kind of the table that lists it), or null. */
export function knowledgeRefOf(id: string): KnowledgeRef | null {
  const kind = KINDS.find((k) => KIND_VIEWS[k].listLabel(id) !== null);
  return kind ? { kind, id } : null;
}
