import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

// The extension claims one source, so where it introduces itself it must credit that source
// as what it is: a blog post by Ella Cooper on a psychotherapy course provider's site. The
// article's own tail calls its publisher "trusted"; we do not repeat that.

const ROOT = join(import.meta.dirname, '../..');
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  description: string;
};

async function manifestDescription(browser: string): Promise<string> {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('manifest is expected to be a function');
  const built = await manifest({
    browser,
    manifestVersion: 3,
    mode: 'production',
    command: 'build',
  } as never);
  const description = built.description ?? packageJson.description;
  // A localised description ("__MSG_name__") is read from the default locale's messages.
  const key = /^__MSG_(\w+)__$/.exec(description)?.[1];
  if (key === undefined) return description;
  const messages = join(ROOT, 'public/_locales/en/messages.json');
  expect(existsSync(messages), messages).toBe(true);
  const table = JSON.parse(readFileSync(messages, 'utf8')) as Record<string, { message: string }>;
  return table[key]?.message ?? '';
}

function expectNeutralCredit(text: string): void {
  expect(text).not.toMatch(/\btrust(ed|worthy)?\b/i);
  expect(text).toContain('Ella Cooper');
  expect(text).toMatch(/\bblog post\b/i);
  expect(text).toMatch(/psychotherapy course/i);
  // Chrome Web Store limit for the manifest description.
  expect(text.length).toBeLessThanOrEqual(132);
}

describe('the extension credits its source neutrally', () => {
  it('package.json description', () => {
    expectNeutralCredit(packageJson.description);
  });

  it.each(['chrome', 'firefox'])('manifest description (%s)', async (browser) => {
    expectNeutralCredit(await manifestDescription(browser));
  });

  it("README's opening paragraphs", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const opening = readme.slice(0, readme.indexOf('\n## ')).replace(/\s+/g, ' ');
    expect(opening).not.toMatch(/\btrust(ed|worthy)?\b/i);
    expect(opening).toContain('Ella Cooper');
    expect(opening).toMatch(/\bblog post\b/i);
  });
});
