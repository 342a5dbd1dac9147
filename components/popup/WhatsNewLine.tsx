import { useEffect, useState } from 'preact/hooks';
import { t } from '../../common/i18n/t';
import { DismissButton } from '../undo-notice/DismissButton';

export interface WhatsNewServices {
  /** The version an update brought that the reader has not yet looked at, or null. */
  pending(): Promise<string | null>;
  dismiss(): Promise<void>;
  /** The options page's "What's new". */
  href: string;
}

/**
 * One line after an update that changed what the reader sees, pointing to "What's new". It
 * stays until dismissed or followed, in every popup until then.
 */
export function WhatsNewLine({ services }: { services: WhatsNewServices }) {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    services
      .pending()
      .then(setVersion)
      .catch(() => {});
  }, [services]);
  if (!version) return null;
  const hide = () => {
    setVersion(null);
    void services.dismiss();
  };
  return (
    <section class="kl-whats-new" aria-label={t('whatsNewLineLabel')}>
      <a href={services.href} target="_blank" rel="noopener" onClick={hide}>
        {t('whatsNewLine', version)}
      </a>
      <DismissButton class="kl-whats-new__close" onClick={hide} />
    </section>
  );
}
