// Whether `npm run dev` can open a browser window: on Linux only with an X or Wayland display.
// Without one, Chromium starts and dies at once, and WXT reports only that its debugging
// connection closed; this says what to do instead.

/**
 * @param {string} platform `process.platform`
 * @param {Record<string, string | undefined>} env `process.env`
 * @returns {string | null} the message for a machine with no display, or null
 */
export function noDisplayMessage(platform, env) {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null;
  return [
    '`npm run dev` opens Chromium in a window, and this machine has no display',
    '(neither DISPLAY nor WAYLAND_DISPLAY is set).',
    '',
    'Instead:',
    '  npm run build        # writes the extension to .output/chrome-mv3',
    '  then, on a machine with a browser: chrome://extensions → Developer mode →',
    '  Load unpacked → pick .output/chrome-mv3 (README.md, "Install").',
    'Or run `npm run dev` under a virtual display: xvfb-run npm run dev',
  ].join('\n');
}
