import { SECTION } from './article';
import type { MisconceptionInput } from './schema';

// Two kinds of entry (see `origin` in schema.ts). "article": a misconception the article itself
// names, shown as a myth with its correction. "question": a question readers ask that we pose,
// answered only with what the article says (and saying so where the article is silent); it is
// never called a myth. `phrases` (flagged on pages) are for "article" entries only, and only
// wordings specific to the myth; generic wordings go in `keywords` (search only).
export const misconceptions: MisconceptionInput[] = [
  {
    id: 'myth-just-horse-tranquiliser',
    origin: 'article',
    myth: 'Ketamine is just a horse tranquiliser.',
    correction:
      'It is used to sedate animals, but the article says it is also routinely used to sedate people, given at lower doses for pain, and studied with psychotherapy for some psychiatric disorders.',
    section: SECTION.misconceptions,
    phrases: [
      'horse tranquiliser',
      'horse tranquilisers',
      'horse tranquilizer',
      'horse tranquilizers',
      'horse tranquilliser',
      'horse tranquillisers',
      'horse tranquillizer',
      'horse tranquillizers',
      'horse tranq',
    ],
    terms: ['ketamine', 'sedation'],
    cards: [
      'negative-connotations',
      'medical-uses',
      'low-dose-pain-relief',
      'ketamine-dissociative-anaesthetic',
    ],
    keywords: ['animal sedative', 'vet drug', 'only for animals'],
    questions: [
      'is ketamine just a horse tranquiliser',
      'is ketamine only for animals',
      'is ketamine a horse drug',
      'is ketamine used on people too',
    ],
  },
  {
    id: 'myth-only-a-party-drug',
    // The article says people link ketamine with the party scene and that it is misused
    // recreationally; it never calls "just a party drug" a misconception, so this is our question.
    origin: 'question',
    myth: 'Is ketamine just a party drug?',
    correction:
      'The article says its dissociative effects make it common in recreational settings and that this misuse gave it a bad name. It also describes it, as of January 2024, as approved for short-term sedation, given at lower doses for pain relief, and able to enhance psychotherapy.',
    section: SECTION.misconceptions,
    // A question is never flagged on pages ("party drug" is also said of MDMA and others).
    phrases: [],
    terms: ['ketamine', 'dissociative-anaesthetic'],
    cards: [
      'negative-connotations',
      'ketamine-dissociative-anaesthetic',
      'medical-uses',
      'psychiatric-research',
    ],
    keywords: ['party drug', 'club drug', 'recreational', 'street drug', 'no medical use'],
    questions: [
      'is ketamine just a party drug',
      'is ketamine a club drug',
      'is ketamine only used recreationally',
      'does ketamine have medical uses',
    ],
  },
  {
    id: 'myth-permanent-cure',
    origin: 'question',
    myth: 'Does one ketamine treatment cure depression?',
    correction:
      'It does not speak of a cure. Relief often comes fast but is usually short-lived, lasting from a few days to a week; the NHS reported symptoms eased for only a day in 70% of its patients, and whether ketamine works long term is in question.',
    section: SECTION.depression,
    phrases: [],
    terms: ['ketamine-therapy', 'depression'],
    cards: ['rapid-but-short-lived', 'nhs-70-percent', 'psychotherapy-longer-lasting'],
    keywords: ['cure', 'permanent', 'forever', 'lasting fix', 'miracle', 'one session'],
    questions: [
      'does ketamine cure depression',
      'is ketamine a permanent fix',
      'does one treatment fix depression for good',
      'do the blues come back after ketamine',
    ],
  },
  {
    id: 'myth-approved-in-uk',
    origin: 'question',
    myth: 'Is ketamine approved to treat depression in the UK?',
    correction:
      'As of January 2024, ketamine therapy is not approved in the UK, so ketamine can be used for depression there only off-label. The article adds that esketamine, a component of ketamine, was licensed in 2019 for treatment-resistant depression, but does not say where.',
    section: SECTION.research,
    phrases: [],
    terms: ['ketamine-therapy', 'off-label', 'esketamine'],
    cards: ['not-approved-uk', 'off-label-meaning', 'esketamine-licensed-2019'],
    keywords: ['approved', 'licensed', 'UK', 'NHS approved', 'legal'],
    questions: [
      'is ketamine approved in the UK',
      'is ketamine legal for depression in Britain',
      'can the NHS give ketamine for depression',
    ],
  },
  {
    id: 'myth-works-slowly',
    origin: 'question',
    myth: 'Does ketamine take weeks to work, like antidepressants?',
    correction:
      'For anxiety, ketamine acts directly on glutamate and can reduce symptoms in hours, while antidepressants take 4-6 weeks to work. For depression, too, it often brings rapid relief.',
    section: SECTION.speed,
    phrases: [],
    terms: ['ketamine-therapy', 'antidepressants', 'glutamate'],
    cards: ['anxiety-relief-in-hours', 'serotonin-vs-glutamate', 'glutamate-boost'],
    keywords: ['slow', 'weeks', 'how fast', 'speed'],
    questions: [
      'how long does ketamine take to work',
      'does ketamine take weeks like antidepressants',
      'how fast does ketamine kick in',
    ],
  },
  {
    id: 'myth-replaces-therapy',
    origin: 'question',
    myth: 'Does ketamine replace psychotherapy?',
    correction:
      'The article does not discuss ketamine instead of therapy. It says that, combined with psychotherapy, ketamine treatment can enhance its effects, and that psychotherapy is the longer-lasting approach, since it asks people to see their lives differently.',
    section: SECTION.research,
    phrases: [],
    terms: ['ketamine-assisted-psychotherapy', 'psychotherapy'],
    cards: [
      'combination-enhances-psychotherapy',
      'psychotherapy-longer-lasting',
      'kap-trance-alternative-routes',
    ],
    keywords: ['replace therapy', 'instead of therapy', 'no need for therapy', 'drug alone'],
    questions: [
      'can ketamine replace therapy',
      'is therapy still needed with ketamine',
      'is ketamine enough without talking therapy',
    ],
  },
  {
    id: 'myth-take-at-home',
    origin: 'question',
    myth: 'Can ketamine treatment be taken alone at home?',
    correction:
      "The article does not discuss home use. It says infusions need a clinical setting or hospital, esketamine is taken only at a clinic or a certified doctor's office, and patients are then watched by a medical professional for two hours or more.",
    section: SECTION.depression,
    phrases: [],
    terms: ['ketamine-therapy', 'ketamine-infusion', 'esketamine'],
    cards: ['esketamine-clinic-monitoring', 'infusion-intravenous', 'session-monitoring'],
    keywords: ['at home', 'home use', 'unsupervised', 'alone', 'self-administer'],
    questions: [
      'can ketamine be taken at home',
      'can ketamine treatment be done at home',
      'is ketamine treatment supervised',
      'is a clinic needed for ketamine',
    ],
  },
];
