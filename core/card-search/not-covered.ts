import type { SearchLanguage } from './languages';
import type { QueryWord } from './query-words';
import { type CompiledTopic, compileTopics, findTopic, type Triggers } from './topic-phrases';

// When the article does not answer a question. Safety topics: the article says nothing on
// them as a subject of its own (the low doses for pain are the one passage that comes close;
// see `covered`), so a question about one gets only a statement, whatever a card happens to
// mention in passing. Other topics readers ask about that the article lacks (other
// conditions, cost, other countries) are known too, so that "not covered" is said only of a
// question the search understood; a word it does not know gets "no card matched" instead.

type OtherLanguage = Exclude<SearchLanguage, 'en'>;

export interface SafetyTopic {
  id: string;
  /**
   * Names the topic (English, for tests and logs); the reader sees its statement in their
   * language, from the `notCovered…` messages in public/_locales.
   */
  name: string;
  /** English words or phrases that make a query a question about this topic (any form: stemmed). */
  triggers: readonly string[];
  /** The same in the other search languages, each stemmed in its language. */
  translated: Readonly<Record<OtherLanguage, readonly string[]>>;
  /** Phrases the article does cover that contain a trigger; a query about those is not a safety question. */
  covered?: Triggers;
}

// Order matters: the first topic found is stated ("self-harm" before "harm", a named side
// effect before "dangerous").
export const SAFETY_TOPICS: readonly SafetyTopic[] = [
  {
    id: 'pregnancy',
    name: 'ketamine in pregnancy or breastfeeding',
    triggers: ['pregnancy', 'pregnant', 'breastfeeding', 'breast feeding', 'trying to conceive'],
    translated: {
      de: ['Schwangerschaft', 'schwanger', 'Stillzeit', 'stillende'],
      fr: ['grossesse', 'enceinte', 'allaitement', 'allaiter'],
      es: ['embarazo', 'embarazada', 'lactancia', 'amamantar'],
      ru: ['беременность', 'беременна', 'беременным', 'грудное вскармливание', 'кормление грудью'],
    },
  },
  {
    id: 'alcohol-and-other-drugs',
    name: 'taking ketamine with alcohol, other drugs or medicines',
    triggers: [
      'alcohol',
      'drink',
      'drunk',
      'mixing',
      'interaction',
      'contraindication',
      'other drugs',
      'other medicines',
      'other medication',
      'cannabis',
      'cocaine',
      'MDMA',
      'opioids',
      'benzodiazepines',
    ],
    translated: {
      de: [
        'Alkohol',
        'trinken',
        'andere Drogen',
        'andere Medikamente',
        'Wechselwirkung',
        'mischen',
        'Cannabis',
        'Kokain',
        'MDMA',
        'Opioide',
        'Benzodiazepine',
      ],
      fr: [
        'alcool',
        'boire',
        'autres drogues',
        'autres médicaments',
        'interaction',
        'mélanger',
        'cannabis',
        'cocaïne',
        'MDMA',
        'opioïdes',
        'benzodiazépines',
      ],
      es: [
        'alcohol',
        'beber',
        'otras drogas',
        'otros medicamentos',
        'interacción',
        'mezclar',
        'cannabis',
        'marihuana',
        'cocaína',
        'MDMA',
        'opioides',
        'benzodiacepinas',
      ],
      ru: [
        'алкоголь',
        'спиртное',
        'другие лекарства',
        'другие препараты',
        'другие наркотики',
        'взаимодействие',
        'смешивать',
        'каннабис',
        'марихуана',
        'кокаин',
        'МДМА',
        'опиоиды',
        'бензодиазепины',
      ],
    },
  },
  {
    id: 'dose',
    name: 'doses or how much ketamine to take',
    triggers: [
      'dose',
      'dosage',
      'overdose',
      'microdosing',
      'how much ketamine',
      'how much to take',
      'how much should',
      'milligrams',
      'mg',
    ],
    translated: {
      de: ['Dosis', 'Dosen', 'Dosierung', 'Überdosis', 'Milligramm', 'wie viel Ketamin'],
      fr: [
        'dose',
        'dosage',
        'posologie',
        'surdose',
        'overdose',
        'milligrammes',
        'combien de kétamine',
      ],
      es: ['dosis', 'dosificación', 'sobredosis', 'miligramos', 'cuánta ketamina'],
      ru: ['доза', 'дозировка', 'передозировка', 'миллиграмм', 'сколько кетамина'],
    },
    // The article says lower doses are used for pain and cites a single-dose review.
    covered: {
      en: ['low dose', 'lower dose', 'single dose'],
      de: [
        'niedrige Dosis',
        'niedrigen Dosen',
        'niedrigeren Dosen',
        'Einzeldosis',
        'einzelne Dosis',
      ],
      fr: ['faible dose', 'faibles doses', 'doses plus faibles', 'dose unique'],
      es: ['dosis baja', 'dosis bajas', 'dosis más bajas', 'dosis única'],
      ru: ['низкие дозы', 'низких дозах', 'низкой дозе', 'однократная доза', 'разовая доза'],
    },
  },
  {
    id: 'addiction',
    name: 'addiction or dependence',
    triggers: [
      'addiction',
      'addictive',
      'dependence',
      'habit forming',
      'withdrawal',
      'hooked',
      'craving',
    ],
    translated: {
      de: ['Sucht', 'süchtig', 'abhängig', 'Abhängigkeit', 'Entzug'],
      fr: ['addiction', 'addictif', 'dépendance', 'dépendant', 'accro', 'sevrage'],
      es: ['adicción', 'adictivo', 'adictiva', 'dependencia', 'abstinencia', 'enganchar'],
      ru: ['зависимость', 'привыкание', 'ломка', 'аддикция'],
    },
  },
  {
    id: 'driving',
    name: 'driving or operating machinery after ketamine',
    triggers: ['driving', 'car', 'behind the wheel', 'machinery'],
    translated: {
      de: [
        'Autofahren',
        'Auto fahren',
        'fahren',
        'Fahrtüchtigkeit',
        'Führerschein',
        'Maschinen bedienen',
      ],
      fr: ['conduire', 'conduite', 'voiture', 'volant'],
      es: ['conducir', 'manejar', 'coche', 'carro', 'volante'],
      ru: ['вождение', 'водить', 'за рулём', 'автомобиль'],
    },
  },
  {
    id: 'self-harm',
    name: 'suicidal thoughts or self-harm',
    triggers: ['suicide', 'suicidal', 'self-harm', 'self-injury', 'kill myself', 'hurt myself'],
    translated: {
      de: ['Suizid', 'suizidal', 'Suizidgedanken', 'Selbstmord', 'Selbstverletzung'],
      fr: ['suicide', 'suicidaire', 'automutilation', 'idées noires'],
      es: ['suicidio', 'suicida', 'autolesión', 'autolesiones'],
      ru: ['суицид', 'суицидальные', 'самоубийство', 'самоповреждение'],
    },
  },
  {
    id: 'side-effects',
    name: 'side effects',
    triggers: [
      'side effects',
      'adverse effects',
      'after effects',
      'nausea',
      'nauseous',
      'vomiting',
      'hallucinations',
      'dizziness',
      'dizzy',
      'headache',
      'blood pressure',
      'bladder',
      'memory loss',
      'bad trip',
    ],
    translated: {
      de: [
        'Nebenwirkung',
        'Nebenwirkungen',
        'Übelkeit',
        'Erbrechen',
        'Halluzinationen',
        'Schwindel',
        'Kopfschmerzen',
        'Blutdruck',
      ],
      fr: [
        'effets secondaires',
        'effets indésirables',
        'nausée',
        'vomissements',
        'hallucinations',
        'vertiges',
        'maux de tête',
        'tension artérielle',
      ],
      es: [
        'efectos secundarios',
        'efectos adversos',
        'náuseas',
        'vómitos',
        'alucinaciones',
        'mareos',
        'dolor de cabeza',
        'presión arterial',
      ],
      ru: [
        'побочные эффекты',
        'побочное действие',
        'побочные',
        'тошнота',
        'рвота',
        'галлюцинации',
        'головокружение',
        'головная боль',
        'давление',
      ],
    },
  },
  {
    id: 'safety',
    name: 'how safe ketamine is',
    triggers: [
      'safe',
      'safety',
      'unsafe',
      'risk',
      'risky',
      'danger',
      'dangerous',
      'harm',
      'harmful',
    ],
    translated: {
      de: ['sicher', 'Sicherheit', 'gefährlich', 'Gefahr', 'Risiko', 'Risiken', 'schädlich'],
      fr: ['sécurité', 'dangereux', 'dangereuse', 'danger', 'risque', 'nocif', 'sans danger'],
      es: [
        'seguro',
        'segura',
        'seguridad',
        'peligroso',
        'peligrosa',
        'peligro',
        'riesgo',
        'dañino',
      ],
      ru: [
        'безопасно',
        'безопасен',
        'безопасность',
        'опасно',
        'опасен',
        'опасность',
        'риск',
        'вред',
        'вредно',
      ],
    },
  },
];

/** A topic readers ask about that the article does not cover, outside the safety topics. */
export interface UncoveredTopic {
  id: string;
  triggers: Triggers;
  /**
   * Named in a question, it is the question: the statement, even where other words of it
   * pick out cards ("legal in the US" is not answered by the UK card). Otherwise the cards
   * for the other words are shown with the word named.
   */
  exclusive: boolean;
}

// biome-ignore format: one language per line
export const UNCOVERED_TOPICS: readonly UncoveredTopic[] = [
  { id: 'other-conditions', exclusive: true, triggers: {
    en: ['PTSD', 'post-traumatic', 'OCD', 'obsessive compulsive', 'bipolar', 'schizophrenia', 'psychosis', 'eating disorder', 'anorexia', 'ADHD', 'autism', 'grief', 'bereavement', 'weight loss', 'obesity', 'alzheimer', 'parkinson'],
    de: ['PTBS', 'posttraumatische', 'Zwangsstörung', 'Zwangsstörungen', 'bipolar', 'bipolare', 'Schizophrenie', 'Psychose', 'Essstörung', 'Magersucht', 'ADHS', 'Autismus', 'Trauer', 'Abnehmen'],
    fr: ['TSPT', 'ESPT', 'post-traumatique', 'TOC', 'bipolaire', 'schizophrénie', 'psychose', 'anorexie', 'TDAH', 'autisme', 'deuil'],
    es: ['TEPT', 'postraumático', 'TOC', 'bipolar', 'esquizofrenia', 'psicosis', 'anorexia', 'TDAH', 'autismo', 'duelo'],
    ru: ['ПТСР', 'посттравматическое', 'ОКР', 'биполярное', 'биполярный', 'шизофрения', 'психоз', 'анорексия', 'СДВГ', 'аутизм'],
  } },
  { id: 'age', exclusive: true, triggers: {
    en: ['teenager', 'teen', 'child', 'children', 'kids', 'adolescent', 'elderly'],
    de: ['Kinder', 'Kind', 'Jugendliche', 'Teenager', 'ältere Menschen'],
    fr: ['enfant', 'enfants', 'adolescent', 'adolescents', 'personnes âgées'],
    es: ['niño', 'niños', 'adolescente', 'adolescentes', 'ancianos'],
    ru: ['дети', 'детей', 'ребёнок', 'подросток', 'подростки', 'пожилые'],
  } },
  { id: 'cost', exclusive: true, triggers: {
    en: ['cost', 'price', 'expensive', 'afford', 'pay for', 'fee'],
    de: ['Kosten', 'kostet', 'Preis', 'teuer', 'bezahlen'],
    fr: ['coût', 'coûte', 'prix', 'cher', 'payer'],
    es: ['costo', 'coste', 'cuesta', 'precio', 'caro', 'pagar'],
    ru: ['стоимость', 'стоит', 'цена', 'дорого', 'платить'],
  } },
  { id: 'insurance', exclusive: true, triggers: {
    en: ['insurance', 'insurer', 'reimburse', 'medicare', 'medicaid'],
    de: ['Krankenkasse', 'Versicherung', 'erstattet'],
    fr: ['assurance', 'mutuelle', 'remboursé', 'remboursement'],
    es: ['aseguradora', 'reembolso', 'cobertura'],
    ru: ['страховка', 'страхование', 'ОМС', 'ДМС'],
  } },
  { id: 'other-countries', exclusive: true, triggers: {
    en: ['US', 'USA', 'America', 'American', 'United States', 'Canada', 'Australia', 'Ireland', 'Germany', 'France', 'Spain', 'Russia', 'Europe', 'EU', 'India', 'New Zealand', 'Mexico'],
    de: ['USA', 'Amerika', 'Vereinigte Staaten', 'Deutschland', 'Österreich', 'Schweiz', 'Kanada', 'Europa'],
    fr: ['France', 'États-Unis', 'Amérique', 'Canada', 'Belgique', 'Suisse', 'Europe', 'Québec'],
    es: ['España', 'México', 'Estados Unidos', 'EEUU', 'Argentina', 'Colombia', 'Chile', 'Perú', 'Europa'],
    ru: ['США', 'Америка', 'Россия', 'Украина', 'Казахстан', 'Европа', 'Германия'],
  } },
  // Forms of taking ketamine the article does not describe; other words still find cards.
  { id: 'other-forms', exclusive: false, triggers: {
    en: ['nasal spray', 'nasal', 'tablets', 'pills', 'lozenges', 'oral'],
    de: ['Nasenspray', 'Tabletten'],
    fr: ['spray nasal', 'comprimés'],
    es: ['spray nasal', 'aerosol nasal', 'pastillas', 'tabletas'],
    ru: ['назальный спрей', 'спрей', 'таблетки'],
  } },
];

const SAFETY = compileTopics(
  SAFETY_TOPICS,
  (topic) => ({ en: topic.triggers, ...topic.translated }),
  (topic) => topic.covered ?? {},
);
const UNCOVERED: readonly CompiledTopic<UncoveredTopic>[] = compileTopics(
  UNCOVERED_TOPICS,
  (topic) => topic.triggers,
);

/**
 * The safety topic a query asks about, if any. Every word counts, filler included ("how
 * much"); a trigger inside a covered phrase ("low dose") does not count.
 */
export function safetyTopicOf(words: readonly QueryWord[]): SafetyTopic | null {
  return findTopic(words, SAFETY)?.topic ?? null;
}

/**
 * The uncovered topic that words no card carries name, if any: `unmatched` are positions in
 * `words`, and at least one of them must be a word of the trigger.
 */
export function uncoveredTopicOf(
  words: readonly QueryWord[],
  unmatched: ReadonlySet<number>,
): UncoveredTopic | null {
  const found = findTopic(words, UNCOVERED, (at) => [...at].some((p) => unmatched.has(p)));
  return found?.topic ?? null;
}
