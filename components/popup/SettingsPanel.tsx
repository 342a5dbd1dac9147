import type { MessageKey } from '../../common/i18n/message-keys';
import { t, uiLanguage } from '../../common/i18n/t';
import {
  CARD_LANGUAGES,
  CARD_THEMES,
  type CardTheme,
  cardLanguageOf,
  HIGHLIGHT_STYLES,
  type HighlightStyle,
  type Settings,
  withOriginPaused,
} from '../../common/settings/settings';
import { KINDS, KNOWLEDGE_KINDS } from '../../content/kinds';
import { KIND_VIEWS } from '../fact-card/kind-views';
import { LANGUAGE_NAMES } from '../knowledge/language-names';
import { TermSwitches } from './TermSwitches';

const STYLE_LABELS: Record<HighlightStyle, MessageKey> = {
  marker: 'styleMarker',
  underline: 'styleUnderline',
  dotted: 'styleDotted',
};

const THEME_LABELS: Record<CardTheme, MessageKey> = {
  auto: 'cardThemeAuto',
  light: 'cardThemeLight',
  dark: 'cardThemeDark',
};

interface SettingsPanelProps {
  settings: Settings;
  /** The current page's origin, or null where Ketamine Lens cannot run. */
  origin: string | null;
  onChange: (settings: Settings) => void;
  /** Unfolded from the start (the options page, which is all settings). */
  open?: boolean;
}

/** The settings, one panel for the popup and the options page. */
export function SettingsPanel({ settings, origin, onChange, open = false }: SettingsPanelProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  const paused = origin !== null && settings.pausedOrigins.includes(origin);
  // "auto" names the language it follows now.
  const browserLanguage = cardLanguageOf({ cardLanguage: 'auto' }, uiLanguage());
  return (
    // Outside <main> and <footer> the panel would be in no landmark (axe "region"); a named
    // section is one, so screen-reader users can jump to the settings.
    <section aria-label={t('settingsHeading')}>
      <details class="kl-settings" open={open}>
        <summary>{t('settingsHeading')}</summary>
        <fieldset>
          <legend class="kl-visually-hidden">{t('settingsHighlighting')}</legend>
          {/* Not "Highlight terms on pages": too like "Highlight terms" below it. */}
          <Toggle
            label={t('settingsHighlightOnPages')}
            checked={settings.enabled}
            onToggle={(enabled) => set({ enabled })}
          />
          {origin !== null && (
            <Toggle
              label={t('settingsPauseOn', new URL(origin).host || origin)}
              checked={paused}
              onToggle={(pause) => onChange(withOriginPaused(settings, origin, pause))}
            />
          )}
          {KINDS.map((kind) => {
            const key = KNOWLEDGE_KINDS[kind].setting;
            return (
              <Toggle
                key={kind}
                label={t(KIND_VIEWS[kind].settingLabel)}
                checked={settings[key]}
                onToggle={(on) => set({ [key]: on })}
              />
            );
          })}
          {/* Unfolded: an article can name a term 19 times, and this is the cure. */}
          <Toggle
            label={t('settingsFirstMention')}
            checked={settings.firstMentionOnly}
            onToggle={(firstMentionOnly) => set({ firstMentionOnly })}
          />
          {/* Terms are still found and listed; their cards are read here and in the side panel. */}
          <Toggle
            label={t('settingsDiscreet')}
            checked={settings.discreet}
            onToggle={(discreet) => set({ discreet })}
          />
          <TermSwitches settings={settings} onChange={onChange} />
          <Select
            label={t('settingsHighlightStyle')}
            setting="style"
            value={settings.style}
            options={HIGHLIGHT_STYLES.map((style) => ({
              value: style,
              text: t(STYLE_LABELS[style]),
            }))}
            onSelect={(style) => set({ style })}
          />
          <Select
            label={t('settingsCardLanguage')}
            setting="cardLanguage"
            value={settings.cardLanguage}
            options={CARD_LANGUAGES.map((language) =>
              language === 'auto'
                ? { value: language, text: t('cardLanguageAuto', LANGUAGE_NAMES[browserLanguage]) }
                : { value: language, text: LANGUAGE_NAMES[language], lang: language },
            )}
            onSelect={(cardLanguage) => set({ cardLanguage })}
          />
          <Select
            label={t('settingsCardTheme')}
            setting="cardTheme"
            value={settings.cardTheme}
            options={CARD_THEMES.map((theme) => ({ value: theme, text: t(THEME_LABELS[theme]) }))}
            onSelect={(cardTheme) => set({ cardTheme })}
          />
        </fieldset>
      </details>
    </section>
  );
}

/** A setting chosen from a list; `setting` names it for tests and styles (`data-setting`). */
function Select<T extends string>(props: {
  label: string;
  setting: keyof Settings;
  value: T;
  options: readonly { value: T; text: string; lang?: string }[];
  onSelect: (value: T) => void;
}) {
  return (
    <label class="kl-settings__select">
      {props.label}
      <select
        data-setting={props.setting}
        value={props.value}
        onChange={(e) => props.onSelect(e.currentTarget.value as T)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.text}
          </option>
        ))}
      </select>
    </label>
  );
}

function Toggle(props: { label: string; checked: boolean; onToggle: (on: boolean) => void }) {
  return (
    <label>
      <input
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onToggle(e.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}
