import { Fragment } from 'preact';

/**
 * A key combination as keys, e.g. <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd>. Mac
 * browsers report symbols without separators ("⌥⇧K"); those are shown as one key.
 */
export function ShortcutKeys({ keys }: { keys: string }) {
  const parts = keys.split('+').filter(Boolean);
  return (
    <span class="kl-keys">
      {parts.map((key, index) => (
        <Fragment key={key}>
          {index > 0 && '+'}
          <kbd>{key}</kbd>
        </Fragment>
      ))}
    </span>
  );
}
