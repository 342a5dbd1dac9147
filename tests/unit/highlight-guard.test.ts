import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { guardHighlights } from '../../page/engine/highlight-guard';
import type { HighlightRegistry } from '../../page/engine/highlight-registry';
import type { HighlightStyles } from '../../page/engine/highlight-styles';

// When the guard looks again decides what it costs: a term-free or hidden document must cost
// nothing between scan passes. The repairs themselves are tested in real browsers
// (tests/e2e/page-interference.test.ts, firefox.interference.test.ts).

/** The two parts of `document` the guard reads, in plain Node. */
class FakeDocument extends EventTarget {
  visibilityState: DocumentVisibilityState = 'visible';
}

let fakeDocument: FakeDocument;
let size: number;
let registry: { reassert: ReturnType<typeof vi.fn>; readonly size: number };
let styles: { reassert: ReturnType<typeof vi.fn> };
let controller: AbortController;

const start = (isValid = () => true) =>
  guardHighlights(registry as unknown as HighlightRegistry, styles as unknown as HighlightStyles, {
    signal: controller.signal,
    isValid,
  });

beforeEach(() => {
  vi.useFakeTimers();
  fakeDocument = new FakeDocument();
  vi.stubGlobal('document', fakeDocument);
  size = 0;
  registry = {
    reassert: vi.fn(() => false),
    get size() {
      return size;
    },
  };
  styles = { reassert: vi.fn(() => false) };
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('the highlight guard', () => {
  it('repairs once and then sleeps while the document has no ranges', () => {
    start().check();
    expect(registry.reassert).toHaveBeenCalledTimes(1);
    expect(styles.reassert).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('looks again four times a second while it owns ranges, and stops when they are gone', () => {
    size = 3;
    start().check();
    vi.advanceTimersByTime(1000);
    expect(registry.reassert).toHaveBeenCalledTimes(5);
    size = 0;
    vi.advanceTimersByTime(250);
    expect(registry.reassert).toHaveBeenCalledTimes(6);
    vi.advanceTimersByTime(10_000);
    expect(registry.reassert).toHaveBeenCalledTimes(6);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps one timer however often a scan pass asks', () => {
    size = 3;
    const guard = start();
    for (let i = 0; i < 10; i++) guard.check();
    expect(vi.getTimerCount()).toBe(1);
  });

  it('does not look while the document is hidden, and looks again when it is shown', () => {
    size = 3;
    fakeDocument.visibilityState = 'hidden';
    start().check();
    expect(vi.getTimerCount()).toBe(0);
    fakeDocument.visibilityState = 'visible';
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    expect(registry.reassert).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('repairs nothing once this copy of the script is no longer valid', () => {
    size = 3;
    let valid = true;
    start(() => valid).check();
    valid = false;
    vi.advanceTimersByTime(1000);
    expect(registry.reassert).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops for good when its signal aborts', () => {
    size = 3;
    start().check();
    controller.abort();
    expect(vi.getTimerCount()).toBe(0);
    fakeDocument.dispatchEvent(new Event('visibilitychange'));
    expect(registry.reassert).toHaveBeenCalledTimes(1);
  });
});
