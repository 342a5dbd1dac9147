// The build's `build:before` hook from wxt.config.ts, run as `wxt build` runs it, for the tests
// that corrupt the knowledge with `vi.mock` and expect the build to stop naming what is wrong.

import { expect } from 'vitest';

/** Loading wxt.config.ts (Vite, Preact's preset) and checking the whole pack takes seconds on a
 * busy machine: longer than Vitest's default per-test limit, which is no verdict on the hook. */
export const BUILD_HOOK_TIMEOUT = 30_000;

export async function runBuildHook(): Promise<void> {
  const config = (await import('../../wxt.config')).default;
  const hook = (config.hooks as Record<string, () => Promise<void>>)['build:before'];
  if (!hook) throw new Error('wxt.config.ts has no build:before hook');
  await hook();
}

/** The error the hook stops the build with, or null when it lets the build go on. */
export function buildHookError(): Promise<Error | null> {
  return runBuildHook().then(
    () => null,
    (thrown: unknown) => thrown as Error,
  );
}

/** The hook stops the build with an error whose message names each of `parts`. */
export async function expectBuildToStopNaming(...parts: string[]): Promise<void> {
  const error = await buildHookError();
  for (const part of parts) expect(error?.message).toContain(part);
}
