import {
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  type Settings,
  withOriginPaused,
} from '../../settings/settings';

const STYLE_LABELS: Record<HighlightStyle, string> = {
  marker: 'Marker',
  underline: 'Underline',
  dotted: 'Dotted underline',
};

interface SettingsPanelProps {
  settings: Settings;
  /** The current page's origin, or null where Ketamine Lens cannot run. */
  origin: string | null;
  onChange: (settings: Settings) => void;
}

export function SettingsPanel({ settings, origin, onChange }: SettingsPanelProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  const paused = origin !== null && settings.pausedOrigins.includes(origin);
  return (
    // Fix: outside <main> and <footer> the panel was in no landmark (axe "region"); a named
    // section is one, so screen-reader users can jump to the settings.
    <section aria-label="Settings">
      <details class="kl-settings">
        <summary>Settings</summary>
        <fieldset>
          <legend class="kl-visually-hidden">Highlighting</legend>
          <label>
            <input
              type="checkbox"
              checked={settings.enabled}
              onChange={(e) => set({ enabled: e.currentTarget.checked })}
            />
            {/* Was "Highlight terms on pages", too like "Highlight terms" below it. */}
            Highlight on pages
          </label>
          {origin !== null && (
            <label>
              <input
                type="checkbox"
                checked={paused}
                onChange={(e) =>
                  onChange(withOriginPaused(settings, origin, e.currentTarget.checked))
                }
              />
              Pause on {new URL(origin).host || origin}
            </label>
          )}
          <label>
            <input
              type="checkbox"
              checked={settings.highlightTerms}
              onChange={(e) => set({ highlightTerms: e.currentTarget.checked })}
            />
            Highlight terms
          </label>
          <label>
            <input
              type="checkbox"
              checked={settings.highlightMisconceptions}
              onChange={(e) => set({ highlightMisconceptions: e.currentTarget.checked })}
            />
            Flag misconceptions
          </label>
          <label class="kl-settings__select">
            Highlight style
            <select
              value={settings.style}
              onChange={(e) => set({ style: e.currentTarget.value as HighlightStyle })}
            >
              {HIGHLIGHT_STYLES.map((style) => (
                <option key={style} value={style}>
                  {STYLE_LABELS[style]}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      </details>
    </section>
  );
}
