import type { CDPSession, Page } from 'playwright-core';

/**
 * The extension's content-script worlds in a page, as a DevTools session reports them: code
 * run there is what a compromised content script could run (it has the extension's
 * `chrome.runtime`, which the page's own world lacks).
 */
export interface ExtensionWorlds {
  /** The ids of the frames that have had a content-script world so far. */
  readonly frames: ReadonlySet<string>;
  /** Evaluates `expression` in the top frame's newest content-script world; its JSON value. */
  evaluate(expression: string): Promise<unknown>;
}

/** Follows the session's content-script worlds from now on (and those that exist already). */
export async function followExtensionWorlds(cdp: CDPSession): Promise<ExtensionWorlds> {
  const worlds: { id: number; frameId: string }[] = [];
  const frames = new Set<string>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://')) {
      worlds.push({ id: context.id, frameId: aux.frameId ?? '' });
      frames.add(aux.frameId ?? '');
    }
  });
  // Enabling reports every context that exists already, so the world of a loaded page is seen.
  await cdp.send('Runtime.enable');
  return {
    frames,
    async evaluate(expression) {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const contextId = worlds.filter((w) => w.frameId === frameTree.frame.id).at(-1)?.id;
      if (contextId === undefined) throw new Error('no content-script world in the top frame');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description);
      return result.value;
    },
  };
}

/** The top frame's content-script world, to run functions in. */
export interface ContentWorld {
  /** Runs `fn(arg)` there and gives its JSON-serialisable value. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  detach(): Promise<void>;
}

export async function contentWorldOf(page: Page): Promise<ContentWorld> {
  const cdp = await page.context().newCDPSession(page);
  const worlds = await followExtensionWorlds(cdp);
  return {
    evaluate: async (fn, arg) =>
      (await worlds.evaluate(`(${fn.toString()})(${JSON.stringify(arg)})`)) as never,
    detach: () => cdp.detach().catch(() => {}),
  };
}
