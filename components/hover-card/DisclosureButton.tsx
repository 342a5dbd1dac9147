import type { ComponentChildren } from 'preact';

interface DisclosureButtonProps {
  class: string;
  /** The id of the region the button shows and hides. */
  controls: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ComponentChildren;
}

/** A button that shows or hides one region of the card; the card keeps the open state. */
export function DisclosureButton(props: DisclosureButtonProps) {
  return (
    <button
      type="button"
      class={props.class}
      aria-expanded={props.open}
      aria-controls={props.controls}
      onClick={() => props.onToggle(!props.open)}
    >
      {props.children}
    </button>
  );
}
