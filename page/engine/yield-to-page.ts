/**
 * Lets the page run between slices of our work. `scheduler.yield()` keeps our place in the
 * queue; elsewhere a message-channel task, which unlike setTimeout is not clamped to 1 s in
 * background tabs.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Work slices stay well under the 50 ms long-task line. */
export const SLICE_MS = 8;
