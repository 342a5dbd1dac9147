import type { TranslationLanguage } from '../../../content/languages';
import { localisePack } from '../../../content/localise';
import { pack } from '../../../content/pack';
import type { Card, KnowledgePack, Misconception } from '../../../content/schema';
import type { PackTranslation } from '../../../content/translation-schema';
import { TRANSLATIONS } from '../../../content/translations';

// Localised packs for the search tests: the real translations where they exist, and small
// hand-made packs (a few entries in our own wording of the English cards, the rest left out)
// for the defect tests and for languages whose translation has not arrived.

type CardText = Pick<Card, 'title' | 'summary' | 'detail' | 'keywords'>;
type MythText = Pick<Misconception, 'myth' | 'correction' | 'keywords' | 'phrases'>;

function localised(
  cards: Record<string, CardText>,
  myths: Record<string, MythText>,
): KnowledgePack {
  const card = (id: string): Card => {
    const english = pack.cards.find((c) => c.id === id);
    if (!english) throw new Error(`test pack: no card ${id}`);
    return { ...english, ...cards[id] };
  };
  const myth = (id: string): Misconception => {
    const english = pack.misconceptions.find((m) => m.id === id);
    if (!english) throw new Error(`test pack: no misconception ${id}`);
    return { ...english, ...myths[id] };
  };
  return {
    ...pack,
    cards: Object.keys(cards).map(card),
    misconceptions: Object.keys(myths).map(myth),
  };
}

export const germanTestPack: KnowledgePack = localised(
  {
    'ketamine-dissociative-anaesthetic': {
      title: 'Was Ketamin ist',
      summary:
        'Ketamin ist ein dissoziatives Anästhetikum. Stand Januar 2024 ist es laut Artikel für Fachleute zur kurzzeitigen Sedierung zugelassen.',
      detail:
        'Dissoziativa sind die Gruppe psychedelischer Drogen, zu der es gehört: Man fühlt sich von Körper und Umgebung losgelöst.',
      keywords: ['Narkose', 'Betäubung', 'Sedierung'],
    },
    'anxiety-relief-in-hours': {
      title: 'Stunden statt Wochen',
      summary:
        'Weil Ketamin direkt auf Glutamat wirkt, können Angstsymptome innerhalb von Stunden nachlassen. Antidepressiva brauchen dafür 4–6 Wochen.',
      detail:
        'Die Schnelligkeit kommt von der direkten Wirkung auf Glutamat; Antidepressiva brauchen laut Artikel 4–6 Wochen.',
      keywords: ['Schnelligkeit', 'Wirkungseintritt', 'Stunden'],
    },
    'rapid-but-short-lived': {
      title: 'Rasche Linderung, die nachlässt',
      summary:
        'Die Linderung durch Ketamin kommt oft rasch, lässt aber meist nach einigen Tagen bis einer Woche nach. Ob es auf Dauer hilft, ist offen.',
      detail: 'Das gilt laut Artikel für Depressionen und ähnlich für Angststörungen.',
      keywords: ['Dauer', 'nachlassen', 'kurzlebig'],
    },
    'not-approved-uk': {
      title: 'Ketamin-Therapie im Vereinigten Königreich',
      summary:
        'Stand Januar 2024 hat Großbritannien die Ketamin-Therapie nicht zugelassen; gegen Depressionen darf Ketamin dort nur off-label eingesetzt werden.',
      detail: 'Ohne Zulassung bleibt nur der Einsatz außerhalb der zugelassenen Anwendung.',
      keywords: ['Zulassung', 'Großbritannien', 'legal'],
    },
    'infusion-intravenous': {
      title: 'Ketamin-Infusionen gehen in die Vene',
      summary:
        'Bei einer Infusion gelangt Ketamin intravenös ins Blut, deshalb geschieht sie in einer Klinik oder einem Krankenhaus.',
      detail: 'Weil das Mittel sofort im Blut ist, nimmt der Körper es schnell und gut auf.',
      keywords: ['Tropf', 'Infusion', 'Krankenhaus'],
    },
  },
  {
    'myth-just-horse-tranquiliser': {
      myth: 'Ketamin ist nur ein Pferdeberuhigungsmittel.',
      correction:
        'Es wird zur Sedierung von Tieren verwendet, laut Artikel aber auch routinemäßig bei Menschen, in niedrigeren Dosen gegen Schmerzen und mit Psychotherapie bei einigen psychiatrischen Erkrankungen.',
      keywords: ['Tierarzt', 'nur für Tiere'],
      phrases: ['Pferdeberuhigungsmittel'],
    },
    'myth-replaces-therapy': {
      myth: 'Macht Ketamin eine Psychotherapie überflüssig?',
      correction:
        'Der Artikel spricht nicht von Ketamin statt Therapie. Zusammen mit Psychotherapie kann Ketamin deren Wirkung verstärken.',
      keywords: ['statt Therapie'],
      phrases: [],
    },
  },
);

export const spanishTestPack: KnowledgePack = localised(
  {
    'anxiety-relief-in-hours': {
      title: 'Horas, no semanas',
      summary:
        'Como actúa directamente sobre el glutamato, la terapia con ketamina puede aliviar los síntomas de ansiedad en cuestión de horas. Los antidepresivos tardan de 4 a 6 semanas.',
      detail: 'La rapidez viene de actuar directamente sobre el glutamato.',
      keywords: ['rapidez', 'horas'],
    },
  },
  {
    'myth-just-horse-tranquiliser': {
      myth: 'La ketamina es solo un tranquilizante para caballos.',
      correction:
        'Se usa para sedar animales, pero según el artículo también para sedar a personas, en dosis más bajas contra el dolor y junto con psicoterapia.',
      keywords: ['veterinario', 'solo para animales'],
      phrases: ['tranquilizante para caballos'],
    },
  },
);

/** The pack in `language` from its real translation (content/translations), if there is one. */
export function translatedPack(language: TranslationLanguage): KnowledgePack | null {
  const translation = TRANSLATIONS[language];
  return translation ? localisePack(pack, translation as PackTranslation) : null;
}
