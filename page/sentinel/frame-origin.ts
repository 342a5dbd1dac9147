/**
 * The site a frame belongs to, for "pause on this site". `location.origin` is `"null"` in
 * `srcdoc` and `about:blank` frames, which would let a paused site's own frames escape the
 * pause; `self.origin` is the origin the document really has (a `srcdoc` or `about:blank`
 * frame's is its creator's, a `blob:` frame's its maker's). A sandboxed document's is opaque
 * (`"null"`): then its address's origin when it has one, else (a sandboxed `srcdoc`, a `data:`
 * frame) the top frame's (`location.ancestorOrigins`, Chromium), else the nearest readable
 * ancestor's, else the origin of the document that loaded it (its referrer).
 */
export function frameOrigin(): string {
  if (self.origin !== 'null') return self.origin;
  if (location.origin !== 'null') return location.origin;
  const ancestors = (location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  for (let i = (ancestors?.length ?? 0) - 1; i >= 0; i--) {
    const origin = ancestors?.item(i);
    if (origin && origin !== 'null') return origin;
  }
  for (let frame: Window = window; frame !== frame.parent; ) {
    frame = frame.parent;
    const origin = readOrigin(frame);
    if (origin && origin !== 'null') return origin;
  }
  try {
    const origin = new URL(document.referrer).origin;
    if (origin !== 'null') return origin;
  } catch {
    // No referrer, or not a URL with an origin.
  }
  return 'null';
}

function readOrigin(frame: Window): string | undefined {
  try {
    return frame.origin;
  } catch {
    // A cross-origin ancestor's origin cannot be read.
    return undefined;
  }
}
