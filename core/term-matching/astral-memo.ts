/**
 * Remembers a per-code-point answer for code points above the BMP. The BMP has a typed-array
 * cache in each caller (the hot path); astral code points are rare on pages, so a Map will do.
 */
export function memoAstral<T>(compute: (cp: number) => T): (cp: number) => T {
  const cache = new Map<number, T>();
  return (cp) => {
    let value = cache.get(cp);
    if (value === undefined) {
      value = compute(cp);
      cache.set(cp, value);
    }
    return value;
  };
}
