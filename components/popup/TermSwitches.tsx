import { quoted } from '../../common/i18n/format';
import { t } from '../../common/i18n/t';
import { isIdShown, type Settings, withIdExcluded } from '../../common/settings/settings';
import type { KnowledgePack } from '../../content/schema';
import { readerKnowledge } from '../knowledge/reader-knowledge';

interface Choice {
  id: string;
  label: string;
}

/** What a reader can switch off one by one: each highlighted term, then each flagged myth. */
function highlightChoices(source: KnowledgePack): {
  terms: Choice[];
  myths: Choice[];
} {
  return {
    terms: source.terms.filter((t) => t.highlight).map((t) => ({ id: t.id, label: t.label })),
    myths: source.misconceptions
      .filter((m) => (m.phrases?.length ?? 0) > 0)
      .map((m) => ({ id: m.id, label: quoted(m.phrases?.[0] ?? '') })),
  };
}

/**
 * One switch per highlighted term and flagged myth, folded away ("Terms…") so the popup stays
 * short. Off means never highlighted on any page (settings `excludedIds`).
 */
export function TermSwitches({
  settings,
  onChange,
}: {
  settings: Settings;
  onChange: (settings: Settings) => void;
}) {
  const listed = highlightChoices(readerKnowledge().pack);
  const hidden = [...listed.terms, ...listed.myths].filter(
    (choice) => !isIdShown(settings, choice.id),
  ).length;
  const group = (legend: string, choices: Choice[]) => (
    <fieldset class="kl-term-switches__group">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.id}>
          <input
            type="checkbox"
            checked={isIdShown(settings, choice.id)}
            onChange={(e) =>
              onChange(withIdExcluded(settings, choice.id, !e.currentTarget.checked))
            }
          />
          <span lang="en">{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
  return (
    <details class="kl-term-switches">
      <summary>
        {t('termSwitchesSummary')}
        {hidden > 0 && (
          <span class="kl-term-switches__count"> {t('termSwitchesOff', String(hidden))}</span>
        )}
      </summary>
      {group(t('termSwitchesTerms'), listed.terms)}
      {group(t('termSwitchesMyths'), listed.myths)}
    </details>
  );
}
