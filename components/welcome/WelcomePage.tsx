import { type ComponentChildren, Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../common/i18n/message-keys';
import { t } from '../../common/i18n/t';
import type { Shortcut } from '../../common/messaging/shortcuts';
import { pack } from '../../content/pack';
import { ShortcutList } from '../shortcuts/ShortcutList';

interface WelcomePageProps {
  shortcuts: () => Promise<Shortcut[]>;
  openShortcutSettings: () => Promise<void>;
}

/** The ways to open a card, label and text; the keyboard's way follows with the browser's keys. */
const WAYS: [MessageKey, MessageKey][] = [
  ['welcomeHoverLabel', 'welcomeHoverText'],
  ['welcomeTapLabel', 'welcomeTapText'],
];

/** The privacy promise, one item each. */
const PROMISES: MessageKey[] = [
  'welcomePrivacyNetwork',
  'welcomePrivacyAnalytics',
  'welcomePrivacyStorage',
];

/** The page opened after install: how to open a card, the shortcuts, the privacy promise. */
export function WelcomePage({ shortcuts, openShortcutSettings }: WelcomePageProps) {
  return (
    <div class="kl-theme kl-page kl-welcome">
      <header class="kl-welcome__header">
        <img src="/icon/128.png" alt="" width="56" height="56" />
        {/* The title is drawn from CSS generated content, which the highlighter does not read:
            else the name "Ketamine Lens" itself would be marked as the term "ketamine". */}
        <h1 aria-label={t('welcomeTitle')}>
          <span class="kl-welcome__title" data-text={t('welcomeTitle')} />
        </h1>
      </header>
      <main>
        <p class="kl-welcome__lead">{t('welcomeIntro')}</p>

        <Section id="kl-try" heading={t('welcomeTryHeading')}>
          <p>{t('welcomeTryHint')}</p>
          <p class="kl-welcome__example" data-example>
            {t('welcomeExample')}
          </p>
        </Section>

        <Section id="kl-how" heading={t('welcomeHowHeading')}>
          <dl class="kl-welcome__ways">
            {WAYS.map(([label, text]) => (
              <Fragment key={label}>
                <dt>{t(label)}</dt>
                <dd>{t(text)}</dd>
              </Fragment>
            ))}
            <KeyboardWay load={shortcuts} openShortcutSettings={openShortcutSettings} />
          </dl>
        </Section>

        <Section id="kl-privacy" heading={t('welcomePrivacyHeading')}>
          <ul class="kl-welcome__promises">
            {PROMISES.map((promise) => (
              <li key={promise}>{t(promise)}</li>
            ))}
          </ul>
        </Section>

        <p>{t('welcomeToolbarHint')}</p>
      </main>
      <footer class="kl-welcome__footer">
        <p>{t('welcomeSource', [pack.article.title, pack.article.author, pack.article.blog])}</p>
        <p role="note">{t('welcomeDisclaimer')}</p>
      </footer>
    </div>
  );
}

/** A part of the page under its own heading, which names it for screen readers. */
function Section({
  id,
  heading,
  children,
}: {
  id: string;
  heading: string;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

/**
 * The commands with the keys the browser has now, so a changed shortcut shows as changed.
 * Nothing at all where the browser has no keyboard commands (Firefox for Android).
 */
function KeyboardWay({
  load,
  openShortcutSettings,
}: {
  load: WelcomePageProps['shortcuts'];
  openShortcutSettings: WelcomePageProps['openShortcutSettings'];
}) {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  useEffect(() => {
    load()
      .then(setShortcuts)
      .catch(() => setShortcuts([]));
  }, [load]);
  if (!shortcuts?.length) return null;
  return (
    <>
      <dt>{t('welcomeKeyboardLabel')}</dt>
      <dd>
        <p class="kl-welcome__ways-intro">{t('welcomeKeyboardText')}</p>
        <ShortcutList shortcuts={shortcuts} label={t('welcomeKeyboardLabel')} />
        <button
          type="button"
          class="kl-button kl-welcome__button"
          onClick={() => void openShortcutSettings()}
        >
          {t('welcomeChangeShortcuts')}
        </button>
      </dd>
    </>
  );
}
