import type { Page } from 'playwright-core';

/**
 * The extension's content-script world of a page's top frame, reached through the DevTools
 * protocol: code run here is what a compromised content script could run (it has the
 * extension's `chrome.runtime`, which the page's own world lacks).
 */
export interface ContentWorld {
  /** Runs `fn(arg)` there and gives its JSON-serialisable value. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  detach(): Promise<void>;
}

export async function contentWorldOf(page: Page): Promise<ContentWorld> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; frameId?: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) {
      worlds.push({ id: context.id, frameId: aux.frameId });
    }
  });
  // Enabling reports every context that exists already, so the world of a loaded page is seen.
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const contextId = worlds.filter((w) => w.frameId === frameTree.frame.id).at(-1)?.id;
  if (contextId === undefined) throw new Error('no content-script world in this page');
  return {
    async evaluate(fn, arg) {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
        contextId,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description);
      return result.value;
    },
    detach: () => cdp.detach().catch(() => {}),
  };
}
