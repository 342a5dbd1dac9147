import { describe, expect, it } from 'vitest';
import { noDisplayMessage } from '../../scripts/dev-display.mjs';

describe('npm run dev without a display', () => {
  it('on Linux with neither DISPLAY nor WAYLAND_DISPLAY, says to build and load it unpacked', () => {
    const message = noDisplayMessage('linux', { PATH: '/usr/bin' });
    expect(message).toContain('npm run build');
    expect(message).toContain('.output/chrome-mv3');
    expect(message).toContain('DISPLAY');
  });

  it.each([
    ['linux', { DISPLAY: ':0' }],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0' }],
    ['darwin', {}],
    ['win32', {}],
  ] as const)('on %s with %o, goes ahead', (platform, env) => {
    expect(noDisplayMessage(platform, env)).toBeNull();
  });

  it('an empty DISPLAY is no display', () => {
    expect(noDisplayMessage('linux', { DISPLAY: '' })).not.toBeNull();
  });
});
