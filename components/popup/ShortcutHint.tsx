import { useEffect, useState } from 'preact/hooks';
import { Message } from '../../common/i18n/Message';
import { t } from '../../common/i18n/t';
import type { Shortcut } from '../../common/messaging/shortcuts';
import { ShortcutKeys } from '../shortcuts/ShortcutKeys';

/**
 * One quiet line naming the key that steps through the page's terms, as the browser has it
 * now: the reader may have changed or removed it.
 */
export function ShortcutHint({ load }: { load: () => Promise<Shortcut[]> }) {
  const [step, setStep] = useState<Shortcut | null>(null);
  useEffect(() => {
    let closed = false;
    load()
      .then((shortcuts) => {
        if (!closed) setStep(shortcuts.find((s) => s.name === 'next-term') ?? null);
      })
      .catch(() => {});
    return () => {
      closed = true;
    };
  }, [load]);
  if (!step) return null;
  return (
    <section class="kl-shortcut-hint" aria-label={t('shortcutHintLabel')}>
      {step.keys ? (
        <p>
          <Message id="shortcutHintSteps" parts={[<ShortcutKeys key="k" keys={step.keys} />]} />
        </p>
      ) : (
        <p>{t('shortcutHintUnset')}</p>
      )}
    </section>
  );
}
