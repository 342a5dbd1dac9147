import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ExtensionBrowser, launchWithExtension } from '../tests/e2e/harness';

/** The mark the reference extension's one statement sets in every frame. */
export const REFERENCE_MARK = 'bench:one-statement';

/**
 * The floor an extension cannot go under: an MV3 extension whose content script is one
 * statement, in every frame like ours (written to a temporary directory and loaded, so the
 * benches measure it in the same run as Ketamine Lens). Given `contentScript`, the extension
 * runs that instead: another floor, paid the way ours is (injected, compiled, in every frame).
 */
export async function launchReferenceExtension(
  contentScript = `performance.mark(${JSON.stringify(REFERENCE_MARK)});\n`,
): Promise<ExtensionBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'ketamine-lens-reference-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Reference',
      version: '1.0',
      background: { service_worker: 'background.js' },
      content_scripts: [
        {
          matches: ['<all_urls>'],
          all_frames: true,
          match_about_blank: true,
          match_origin_as_fallback: true,
          run_at: 'document_idle',
          js: ['content.js'],
        },
      ],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), contentScript);
  const browser = await launchWithExtension({ extensionDir: dir, opensWelcome: false });
  return {
    ...browser,
    close: async () => {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
