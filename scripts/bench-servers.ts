import { FixtureServer } from '../tests/e2e/harness';

/**
 * The two origins a load bench needs: `same`, the page's own (serving the corpus under
 * /corpus/ when there is one), and `other`, for cross-origin frames.
 */
export async function startBenchServers(corpusDir: string | null) {
  const same = await new FixtureServer(corpusDir ? { '/corpus/': corpusDir } : {}).start();
  const other = await new FixtureServer().start();
  return {
    same,
    other,
    // Uses no `this`, so callers may take it out of the object.
    async stop() {
      await same.stop();
      await other.stop();
    },
  };
}
