import type { PackLanguage } from './languages';

// Numbers, years, percentages and durations must read the same in every language. Each text
// is reduced to the set of numbers it states: digit runs ("4-6", "70 %", "2019") and the
// number words two to twelve, so "two hours" = "zwei Stunden" = "2 Stunden".
//
// One is left out, in digits and words: ein, un, una and один also mean "a", so "a day" and
// "einen Tag" would otherwise disagree (and "one of the uses" states no number either).

// biome-ignore format: one number per column reads better
const NUMBER_WORDS: Record<PackLanguage, Record<string, number>> = {
  en: {
    two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12,
  },
  de: {
    zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    elf: 11, zwölf: 12,
  },
  // "neuf" is also "new"; the pack's French says "nouveau" for that.
  fr: {
    deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12,
  },
  es: {
    dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
    once: 11, doce: 12,
  },
  // Russian numerals take case endings ("не менее двух часов", "двумя препаратами").
  // "семью" (seven, instrumental) is left out: it is also "family".
  ru: {
    два: 2, две: 2, двух: 2, двум: 2, двумя: 2,
    три: 3, трёх: 3, трех: 3, трём: 3, трем: 3, тремя: 3,
    четыре: 4, четырёх: 4, четырех: 4, четырём: 4, четырем: 4, четырьмя: 4,
    пять: 5, пяти: 5, пятью: 5,
    шесть: 6, шести: 6, шестью: 6,
    семь: 7, семи: 7,
    восемь: 8, восьми: 8, восемью: 8,
    девять: 9, девяти: 9, девятью: 9,
    десять: 10, десяти: 10, десятью: 10,
    одиннадцать: 11, одиннадцати: 11,
    двенадцать: 12, двенадцати: 12,
  },
};

/** The numbers a text states, as a set (see the rules above). */
export function numbersIn(text: string | readonly string[], language: PackLanguage): Set<number> {
  const words = NUMBER_WORDS[language];
  const found = new Set<number>();
  const texts = typeof text === 'string' ? [text] : text;
  for (const piece of texts) {
    for (const token of piece.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
      for (const digits of token.match(/\d+/g) ?? []) found.add(Number(digits));
      const word = words[token];
      if (word !== undefined) found.add(word);
    }
  }
  found.delete(1);
  return found;
}

/**
 * Null when `translated` states the same numbers as `english`, else a message naming both
 * sets, e.g. `numbers differ from English: en has 4, 6; de has 4`.
 */
export function numberMismatch(
  english: string | readonly string[],
  translated: string | readonly string[],
  language: PackLanguage,
): string | null {
  const expected = numbersIn(english, 'en');
  const actual = numbersIn(translated, language);
  if (expected.size === actual.size && [...expected].every((n) => actual.has(n))) return null;
  const list = (set: Set<number>) =>
    set.size === 0 ? 'none' : [...set].sort((a, b) => a - b).join(', ');
  return `numbers differ from English: en has ${list(expected)}; ${language} has ${list(actual)}`;
}
