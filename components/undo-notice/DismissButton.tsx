import { t } from '../../common/i18n/t';

/** The × that closes a notice (undo, what's new), named for screen readers and on hover. */
export function DismissButton({
  class: className,
  onClick,
}: {
  class: string;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      class={className}
      aria-label={t('noticeDismiss')}
      title={t('noticeDismiss')}
      onClick={onClick}
    >
      ×
    </button>
  );
}
