import { describe, expect, it, test } from 'vitest';
import { matcherFor, matcherPatterns } from '../../build/pattern-matcher';
import { DEFAULT_SETTINGS } from '../../common/settings/settings';
import { article } from '../../content/article';
import { cards } from '../../content/cards';
import { disclaimer } from '../../content/disclaimer';
import { misconceptions } from '../../content/misconceptions';
import { pack } from '../../content/pack';
import { terms } from '../../content/terms';
import { PackError, validatePack } from '../../content/validate-pack';
import { CONTEXT_REACH, mayShow } from '../../page/engine/context-gate';
import type { MatchValue } from '../../page/engine/match-value';
import { RegisteringGate } from './registering-gate';

// Context terms (generic medical phrases, myth wordings) are shown only where a
// ketamine-family match stands close by. The decision is pure: the registry only reports what
// it adds and forgets, and how far apart two matches are; it shows what the gate tells it to.

interface FakeEntry {
  value: MatchValue;
  text: string;
  inPageChrome?: boolean;
  /** Where the match starts in the page's text. */
  at?: number;
}

/**
 * A gate whose show/hide keep a set, the way the registry keeps its highlights. Entries sit at
 * a character offset in the page's text (`at`); near means within the gate's reach, as the
 * engine measures it through the text nodes between two matches.
 */
function fakeFrame() {
  const shown = new Set<FakeEntry>();
  const gate = new RegisteringGate<FakeEntry, number>(
    (entry) => shown.add(entry),
    (entry) => shown.delete(entry),
    (entry) => entry.at ?? 0,
    (entry, anchors) =>
      [...anchors.keys()].some((at) => Math.abs(at - (entry.at ?? 0)) <= CONTEXT_REACH),
  );
  return { gate, shownTexts: () => [...shown].map((e) => e.text).sort() };
}

/** What one frame whose blocks hold these texts shows, scanned in order like the engine does. */
function shownOnPage(blocks: string[], settings = DEFAULT_SETTINGS): string[] {
  const matcher = matcherFor(settings);
  const { gate, shownTexts } = fakeFrame();
  let offset = 0;
  for (const text of blocks) {
    for (const m of matcher.find(text))
      gate.add({ value: m.value, text: text.slice(m.start, m.end), at: offset + m.start });
    offset += text.length + 1;
  }
  gate.settle();
  return shownTexts();
}

describe('the pack marks context terms', () => {
  const context = pack.terms.filter((t) => t.context).map((t) => t.id);

  it('marks the generic medical phrases and drug classes, and no ketamine-family term', () => {
    expect(context.sort()).toEqual([
      'dissociative-anaesthetic',
      'dissociatives',
      'generalised-anxiety-disorder',
      'off-label',
      'treatment-resistant-anxiety',
      'treatment-resistant-depression',
    ]);
  });

  it('every context term is highlighted, and family terms exist to put them in context', () => {
    for (const term of pack.terms.filter((t) => t.context)) expect(term.highlight).toBe(true);
    const family = pack.terms.filter((t) => t.highlight && !t.context).map((t) => t.id);
    expect(family).toEqual([
      'ketamine',
      'esketamine',
      'ketamine-assisted-psychotherapy',
      'ketamine-therapy',
      'ketamine-infusion',
    ]);
  });

  it('every inflected lemma is also the label or a variant of its term (so search knows it)', () => {
    for (const term of pack.terms) {
      const forms = new Set([term.label, ...term.variants]);
      for (const lemmas of Object.values(term.inflected ?? {})) {
        for (const lemma of lemmas ?? []) expect(forms, `${term.id}: ${lemma}`).toContain(lemma);
      }
    }
  });
});

describe('the schema checks the new term fields, naming file, term and field', () => {
  const problems = (edit: (input: { terms: Record<string, unknown>[] }) => void): string => {
    const input = structuredClone({ article, terms, cards, misconceptions, disclaimer });
    edit(input as unknown as { terms: Record<string, unknown>[] });
    try {
      validatePack(input);
    } catch (error) {
      if (error instanceof PackError) return error.message;
      throw error;
    }
    return '';
  };
  const depression = () => terms.findIndex((t) => t.id === 'depression');
  const ketamine = () => terms.findIndex((t) => t.id === 'ketamine');

  it('the pack as it is passes', () => {
    expect(problems(() => {})).toBe('');
  });

  it('a context term that is not highlighted', () => {
    expect(
      problems((input) => {
        (input.terms[depression()] as Record<string, unknown>).context = true;
      }),
    ).toContain(
      'content/terms.ts: term "depression": field "context": only a highlighted term can be a context term',
    );
  });

  it('a lemma that does not end as its paradigm expects, and an unknown language', () => {
    const message = problems((input) => {
      (input.terms[ketamine()] as Record<string, unknown>).inflected = {
        pl: ['ketamin'],
        xx: ['ketamine'],
      };
    });
    expect(message).toContain(
      'content/terms.ts: term "ketamine": field "inflected.pl": each pl lemma must end in "a"',
    );
    expect(message).toMatch(/content\/terms\.ts: term "ketamine": field "inflected\.xx"/);
  });
});

describe('matcher patterns carry the rule', () => {
  const valueFor = (patterns: ReturnType<typeof matcherPatterns>, text: string) =>
    patterns.find((p) => p.text.toLowerCase() === text.toLowerCase())?.value;

  it('context terms and myth phrases need context; family terms do not', () => {
    const patterns = matcherPatterns(DEFAULT_SETTINGS);
    expect(valueFor(patterns, 'off-label')).toEqual({
      kind: 'term',
      id: 'off-label',
      context: true,
    });
    expect(valueFor(patterns, 'horse tranquilizer')).toEqual({
      kind: 'misconception',
      id: 'myth-just-horse-tranquiliser',
      context: true,
    });
    expect(valueFor(patterns, 'horse tranq')?.context).toBe(true);
    expect(valueFor(patterns, 'ketamine')).toEqual({ kind: 'term', id: 'ketamine' });
    expect(valueFor(patterns, 'кетамином')).toEqual({ kind: 'term', id: 'ketamine' });
  });

  it('with terms off, family terms are still found (anchor only) and context terms are not', () => {
    const patterns = matcherPatterns({ highlightTerms: false, highlightMisconceptions: true });
    expect(valueFor(patterns, 'ketamine')).toEqual({
      kind: 'term',
      id: 'ketamine',
      anchorOnly: true,
    });
    expect(valueFor(patterns, 'off-label')).toBeUndefined();
    expect(valueFor(patterns, 'horse tranquilizer')?.context).toBe(true);
  });

  it('with misconceptions off, nothing is anchor only and no phrase is in', () => {
    const patterns = matcherPatterns({ highlightTerms: true, highlightMisconceptions: false });
    expect(patterns.some((p) => p.value.anchorOnly)).toBe(false);
    expect(patterns.some((p) => p.value.kind === 'misconception')).toBe(false);
  });

  it('a myth phrase that names a family term is its own context', () => {
    const myth = pack.misconceptions[0] as (typeof pack.misconceptions)[number];
    const source = {
      ...pack,
      misconceptions: [
        { ...myth, phrases: ['ketamine is just a horse tranquilizer', 'horse tranq'] },
      ],
    };
    const patterns = matcherPatterns(DEFAULT_SETTINGS, source);
    expect(valueFor(patterns, 'ketamine is just a horse tranquilizer')?.context).toBeUndefined();
    expect(valueFor(patterns, 'horse tranq')?.context).toBe(true);
  });
});

describe('mayShow', () => {
  test.each([
    [{ kind: 'term', id: 'ketamine' }, false, true],
    [{ kind: 'term', id: 'off-label', context: true }, false, false],
    [{ kind: 'term', id: 'off-label', context: true }, true, true],
    [{ kind: 'misconception', id: 'm', context: true }, false, false],
    [{ kind: 'misconception', id: 'm', context: true }, true, true],
    [{ kind: 'term', id: 'ketamine', anchorOnly: true }, true, false],
  ] as const)('%o with a family match nearby: %s → %s', (value, nearby, shown) => {
    expect(mayShow(value as MatchValue, nearby)).toBe(shown);
  });
});

describe('ContextGate', () => {
  const family: FakeEntry = { value: { kind: 'term', id: 'ketamine' }, text: 'ketamine' };
  const offLabel: FakeEntry = {
    value: { kind: 'term', id: 'off-label', context: true },
    text: 'off-label',
  };
  const myth: FakeEntry = {
    value: { kind: 'misconception', id: 'm', context: true },
    text: 'horse tranquilizer',
  };

  it('holds context matches until a family match arrives nearby, in the same pass or a later one', () => {
    const { gate, shownTexts } = fakeFrame();
    gate.add(offLabel);
    gate.add(myth);
    gate.settle();
    expect(shownTexts()).toEqual([]);
    gate.add(family);
    gate.settle();
    expect(shownTexts()).toEqual(['horse tranquilizer', 'ketamine', 'off-label']);
  });

  it('asks where family matches stand only once a context match is registered', () => {
    const { gate, shownTexts } = fakeFrame();
    const far = { ...family, at: CONTEXT_REACH * 3 };
    gate.add(family);
    gate.add(far);
    gate.remove(far);
    gate.relocate(family, () => {});
    gate.settle();
    expect(gate.placesAsked).toBe(0);
    // The first context match makes the places from what is registered then: one anchor.
    gate.add(offLabel);
    expect(gate.placesAsked).toBe(1);
    expect(shownTexts()).toEqual(['ketamine', 'off-label']);
    // From then on each change is counted as it comes.
    gate.add(far);
    gate.remove(family);
    gate.settle();
    expect(shownTexts()).toEqual(['ketamine']);
  });

  it('shows a context match added after a nearby family one at once', () => {
    const { gate, shownTexts } = fakeFrame();
    gate.add(family);
    gate.add(offLabel);
    expect(shownTexts()).toEqual(['ketamine', 'off-label']);
  });

  it('hides context matches when the pass ends with no family match near, not before', () => {
    const { gate, shownTexts } = fakeFrame();
    gate.add(family);
    gate.add(offLabel);
    gate.remove(family);
    // A rescan forgets a block and finds it again: no flicker in between.
    expect(shownTexts()).toEqual(['off-label']);
    gate.settle();
    expect(shownTexts()).toEqual([]);
    gate.add({ ...family });
    gate.settle();
    expect(shownTexts()).toEqual(['ketamine', 'off-label']);
  });

  it('keeps context matches while another family match nearby remains', () => {
    const { gate, shownTexts } = fakeFrame();
    const second = { ...family };
    gate.add(family);
    gate.add(second);
    gate.add(offLabel);
    gate.remove(family);
    gate.settle();
    expect(shownTexts()).toEqual(['ketamine', 'off-label']);
  });

  it('a family match beyond the reach leaves a context match hidden; one within it shows it', () => {
    const { gate, shownTexts } = fakeFrame();
    const farMyth = { ...myth, at: 0 };
    gate.add(farMyth);
    gate.add({ ...family, at: CONTEXT_REACH + 1 });
    gate.settle();
    expect(shownTexts()).toEqual(['ketamine']);
    gate.add({ ...family, text: 'esketamine', at: CONTEXT_REACH });
    gate.settle();
    expect(shownTexts()).toEqual(['esketamine', 'horse tranquilizer', 'ketamine']);
  });

  it('a forgotten context match is hidden and never comes back', () => {
    const { gate, shownTexts } = fakeFrame();
    gate.add(offLabel);
    gate.remove(offLabel);
    gate.add(family);
    gate.settle();
    expect(shownTexts()).toEqual(['ketamine']);
  });

  it('a family match in navigation, an aside or a footer is shown but puts nothing in context', () => {
    const { gate, shownTexts } = fakeFrame();
    const related = { ...family, text: 'Ketamine clinics', inPageChrome: true };
    gate.add(offLabel);
    gate.add(related);
    gate.settle();
    expect(shownTexts()).toEqual(['Ketamine clinics']);
    gate.add(family);
    gate.settle();
    expect(shownTexts()).toEqual(['Ketamine clinics', 'ketamine', 'off-label']);
    gate.remove(family);
    gate.settle();
    expect(shownTexts()).toEqual(['Ketamine clinics']);
  });

  it('an anchor-only family match is never shown but puts context matches in context', () => {
    const { gate, shownTexts } = fakeFrame();
    gate.add(myth);
    gate.add({ value: { kind: 'term', id: 'ketamine', anchorOnly: true }, text: 'ketamine' });
    gate.settle();
    expect(shownTexts()).toEqual(['horse tranquilizer']);
  });
});

describe('pages, end to end in Node (matcher, then gate)', () => {
  it.each([
    [
      'an Ozempic article that mentions off-label use and no ketamine shows nothing',
      [
        'Ozempic (semaglutide) is approved for type 2 diabetes.',
        'Many doctors prescribe it off-label for weight loss; off-label use is legal.',
        'It is not a treatment for treatment-resistant depression or generalised anxiety disorder.',
      ],
      [],
    ],
    [
      'a xylazine story about a "horse tranquilizer" shows no myth',
      [
        'Xylazine, known on the street as tranq, is a horse tranquilizer.',
        'The horse tranq is cut into fentanyl.',
      ],
      [],
    ],
    [
      'the same phrases on a ketamine page are shown when the family term is close by',
      [
        'Doctors may prescribe it off-label.',
        'Critics call it a horse tranquilizer.',
        'Esketamine was licensed for treatment-resistant depression.',
      ],
      ['Esketamine', 'horse tranquilizer', 'off-label', 'treatment-resistant depression'],
    ],
  ])('%s', (_, paragraphs, shown) => {
    expect(shownOnPage(paragraphs)).toEqual(shown);
  });

  it.each([
    [
      'Kritiker nennen Ketamin ein Pferdeberuhigungsmittel.',
      ['Ketamin', 'Pferdeberuhigungsmittel'],
    ],
    [
      'Das Image des Pferde-Beruhigungsmittels haftet dem Ketamin an.',
      ['Ketamin', 'Pferde-Beruhigungsmittels'],
    ],
    [
      'Ketamin gilt vielen als Beruhigungsmittel für Pferde.',
      ['Beruhigungsmittel für Pferde', 'Ketamin'],
    ],
    [
      'Кетамин часто называют лошадиным транквилизатором.',
      ['Кетамин', 'лошадиным транквилизатором'],
    ],
    [
      'О лошадином транквилизаторе пишут чаще, чем о медицинском применении кетамина.',
      ['кетамина', 'лошадином транквилизаторе'],
    ],
    ['Кетамин — не только транквилизатор для лошадей.', ['Кетамин', 'транквилизатор для лошадей']],
    ['La kétamine, ce tranquillisant pour chevaux ?', ['kétamine', 'tranquillisant pour chevaux']],
    [
      'La ketamina no es solo un tranquilizante para caballos.',
      ['ketamina', 'tranquilizante para caballos'],
    ],
    // With no ketamine in the frame, nothing is shown.
    ['Xylazin ist ein Pferdeberuhigungsmittel, das Drogen beigemischt wird.', []],
    ['Ксилазин — лошадиный транквилизатор, который подмешивают в наркотики.', []],
    ['La xylazine est un tranquillisant pour chevaux.', []],
    ['La xilacina es un tranquilizante para caballos.', []],
  ])('a translated myth phrase is shown only near the drug: %j', (text, shown) => {
    expect(shownOnPage([text])).toEqual(shown);
  });

  it('a xylazine story that mentions ketamine once, far away, flags nothing', () => {
    const filler =
      'Public health officials describe the spread of the drug across the city. '.repeat(12);
    expect(
      shownOnPage([
        'Police said the powder also held traces of ketamine.',
        filler,
        filler,
        'Xylazine, known on the street as tranq, is a horse tranquilizer.',
        'The horse tranq is cut into fentanyl, and some users take it off-label.',
      ]),
    ).toEqual(['ketamine']);
  });

  it('with terms off, a myth on a ketamine page is still shown, and the family term is not', () => {
    expect(
      shownOnPage(['Ketamine is not just a horse tranquilizer.'], {
        ...DEFAULT_SETTINGS,
        highlightTerms: false,
      }),
    ).toEqual(['horse tranquilizer']);
  });
});

describe('context terms in German, French, Spanish and Russian', () => {
  it.each([
    [
      'Ketamin wirkt oft rasch bei behandlungsresistenter Depression.',
      ['Ketamin', 'behandlungsresistenter Depression'],
    ],
    [
      'Esketamin ist bei therapieresistenten Depressionen zugelassen, Ketamin nur im Off-Label-Einsatz.',
      ['Esketamin', 'Ketamin', 'Off-Label-Einsatz', 'therapieresistenten Depressionen'],
    ],
    ['Ketamin ist ein dissoziatives Anästhetikum.', ['Ketamin', 'dissoziatives Anästhetikum']],
    [
      'Ketamin zählt zu den Dissoziativa und wird bei generalisierter Angststörung erprobt.',
      ['Dissoziativa', 'Ketamin', 'generalisierter Angststörung'],
    ],
    [
      'Bei therapieresistenter Angst wird Ketamin außerhalb der Zulassung verordnet.',
      ['Ketamin', 'außerhalb der Zulassung', 'therapieresistenter Angst'],
    ],
    [
      'La kétamine, un anesthésique dissociatif, est prescrite hors AMM dans la dépression résistante.',
      ['anesthésique dissociatif', 'dépression résistante', 'hors AMM', 'kétamine'],
    ],
    [
      'La kétamine est étudiée dans le trouble anxieux généralisé et les dépressions résistantes aux traitements.',
      ['dépressions résistantes aux traitements', 'kétamine', 'trouble anxieux généralisé'],
    ],
    [
      'La ketamina, un anestésico disociativo, se usa fuera de ficha técnica en la depresión resistente al tratamiento.',
      [
        'anestésico disociativo',
        'depresión resistente al tratamiento',
        'fuera de ficha técnica',
        'ketamina',
      ],
    ],
    [
      'El uso fuera de indicación de la ketamina en el trastorno de ansiedad generalizada crece.',
      ['ketamina', 'trastorno de ansiedad generalizada', 'uso fuera de indicación'],
    ],
    ['Кетамин — диссоциативный анестетик.', ['Кетамин', 'диссоциативный анестетик']],
    [
      'Эскетамин одобрен для лечения терапевтически резистентной депрессии.',
      ['Эскетамин', 'терапевтически резистентной депрессии'],
    ],
    [
      'Кетамин назначают вне инструкции при генерализованном тревожном расстройстве.',
      ['Кетамин', 'вне инструкции', 'генерализованном тревожном расстройстве'],
    ],
    [
      'Кетамин относится к диссоциативам; его применяют офф-лейбл при резистентной депрессии.',
      ['Кетамин', 'диссоциативам', 'офф-лейбл', 'резистентной депрессии'],
    ],
    // With no ketamine in the frame, nothing is shown.
    ['Bei behandlungsresistenter Depression wird Lithium im Off-Label-Einsatz gegeben.', []],
    [
      'Phencyclidin ist ein dissoziatives Anästhetikum; Dissoziativa wirken bei generalisierter Angststörung nicht.',
      [],
    ],
    [
      'Le lithium est prescrit hors AMM dans la dépression résistante ; la phencyclidine est un anesthésique dissociatif.',
      [],
    ],
    [
      'La psilocibina se estudia en la depresión resistente al tratamiento, fuera de ficha técnica.',
      [],
    ],
    [
      'Псилоцибин изучают при терапевтически резистентной депрессии и генерализованном тревожном расстройстве.',
      [],
    ],
    ['Фенциклидин — диссоциативный анестетик, его применяют вне инструкции.', []],
  ])('a context phrase is shown only near the drug: %j', (text, shown) => {
    expect(shownOnPage([text])).toEqual(shown);
  });

  it.each([
    ['Die Ketamininfusion wird off-label gegeben.', ['Ketamininfusion', 'off-label']],
    [
      'La psychothérapie assistée par la kétamine vise la dépression résistante.',
      ['dépression résistante', 'psychothérapie assistée par la kétamine'],
    ],
    [
      'Las infusiones de ketamina se usan fuera de ficha técnica.',
      ['fuera de ficha técnica', 'infusiones de ketamina'],
    ],
    [
      'Кетаминовая терапия применяется при резистентной депрессии.',
      ['Кетаминовая терапия', 'резистентной депрессии'],
    ],
  ])('a multi-word family name is context enough on its own: %j', (text, shown) => {
    expect(shownOnPage([text])).toEqual(shown);
  });

  it.each([
    ['La kétamine et les troubles dissociatifs.', ['kétamine']],
    ['La ketamina y los trastornos disociativos.', ['ketamina']],
  ])('a bare adjective is not a form, even near the drug: %j', (text, shown) => {
    expect(shownOnPage([text])).toEqual(shown);
  });
});
