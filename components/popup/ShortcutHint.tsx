import { useEffect, useState } from 'preact/hooks';
import type { Shortcut } from '../../messaging/shortcuts';
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
    <section class="kl-shortcut-hint" aria-label="Keyboard shortcut">
      {step.keys ? (
        <p>
          Keyboard: <ShortcutKeys keys={step.keys} /> steps through this page’s terms.
        </p>
      ) : (
        <p>Keyboard: no shortcut is set for stepping through terms.</p>
      )}
    </section>
  );
}
