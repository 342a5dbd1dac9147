/**
 * The card's host element, `<ketamine-lens-card>` with its shadow root, made so that a
 * page defining its own element of that name cannot take it over.
 *
 * Where the browser has scoped custom element registries (Chromium), the host belongs to an
 * empty registry of its own, so the page's class is never run on it. Elsewhere (Firefox) the
 * host is made in an inert document and gets its shadow root before it ever joins the page:
 * the page's class then upgrades it on insertion, but a constructor that attaches its own
 * shadow root throws (ours is already there) and the upgrade fails; a class that empties our
 * shadow root is undone on each mount. Our references (host, shadow, container) are kept here
 * and never read back from the element, whose properties the page may redefine.
 */
export interface CardElement {
  readonly host: HTMLElement;
  readonly shadow: ShadowRoot;
  /** Where the card's Preact tree renders. */
  readonly container: HTMLElement;
  /** Puts the host at the end of `anchor`, with its shadow content whole. */
  mount(anchor: Element): void;
  remove(): void;
}

// Key presses in the card stay in the card, away from the page's shortcuts.
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

export function createCardElement(name: string, css: string): CardElement {
  const host = createUnclaimedElement(name);
  // Closed, so a page cannot read which card the reader opened; open only in the check build.
  const shadow = host.attachShadow({ mode: __KETAMINE_LENS_CHECKS__ ? 'open' : 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  container.className = 'kl-root';
  for (const type of ISOLATED_EVENTS) {
    container.addEventListener(type, (event) => event.stopPropagation());
  }
  shadow.append(style, container);

  return {
    host,
    shadow,
    container,
    mount(anchor) {
      anchor.append(host);
      // A page's class (upgrading the host on insertion) may have emptied our shadow root.
      if (style.parentNode !== shadow || container.parentNode !== shadow) {
        shadow.replaceChildren(style, container);
      }
    },
    remove() {
      host.remove();
    },
  };
}

interface ScopedRegistryWindow {
  CustomElementRegistry?: new () => CustomElementRegistry;
}

/** An element of our name that the page's custom element definition does not claim. */
function createUnclaimedElement(name: string): HTMLElement {
  const Registry = (globalThis as ScopedRegistryWindow).CustomElementRegistry;
  if (Registry && 'customElementRegistry' in Element.prototype) {
    try {
      const customElementRegistry = new Registry();
      const options = { customElementRegistry } as ElementCreationOptions;
      const element = document.createElement(name, options);
      const registry = (element as { customElementRegistry?: unknown }).customElementRegistry;
      if (registry === customElementRegistry) return element;
    } catch {
      // Registries cannot be made in this world ("Illegal constructor"): fall through.
    }
  }
  // A document with no browsing context has no custom element definitions to run.
  return document.implementation.createHTMLDocument('').createElement(name);
}
