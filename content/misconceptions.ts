import { SECTION } from './article';
import type { MisconceptionInput } from './schema';

// Myths the article corrects outright or by clear implication. `phrases` are only wordings
// specific to a myth (safe to flag on any page); generic wordings go in `keywords` (search only).
export const misconceptions: MisconceptionInput[] = [
  {
    id: 'myth-just-horse-tranquiliser',
    myth: 'Ketamine is just a horse tranquiliser.',
    correction:
      'It is used to sedate animals, but the article stresses it is also routinely used to sedate people, given at lower doses for pain, and studied with psychotherapy for some psychiatric disorders.',
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
  },
  {
    id: 'myth-only-a-party-drug',
    myth: 'Ketamine is only a party drug with no real medical use.',
    correction:
      'Recreational misuse exists, but the article describes ketamine as approved for short-term sedation by medical professionals, used at lower doses for pain relief, and able to enhance psychotherapy.',
    section: SECTION.misconceptions,
    // "party drug" is also said of MDMA and others, so flagging it would mislead; search-only.
    phrases: [],
    terms: ['ketamine', 'dissociative-anaesthetic'],
    cards: [
      'negative-connotations',
      'ketamine-dissociative-anaesthetic',
      'medical-uses',
      'psychiatric-research',
    ],
    keywords: ['party drug', 'club drug', 'recreational', 'street drug', 'no medical use'],
  },
  {
    id: 'myth-permanent-cure',
    myth: 'One ketamine treatment cures depression for good.',
    correction:
      'The article says relief comes fast but usually wears off, typically within several days to a week; the NHS reported only one day of relief for 70% of its patients, and long-term benefit is uncertain.',
    section: SECTION.depression,
    phrases: [],
    terms: ['ketamine-therapy', 'depression'],
    cards: ['rapid-but-short-lived', 'nhs-70-percent', 'psychotherapy-longer-lasting'],
    keywords: ['cure', 'permanent', 'forever', 'lasting fix', 'miracle', 'one session'],
  },
  {
    id: 'myth-approved-in-uk',
    myth: 'Ketamine is an approved treatment for depression in the UK.',
    correction:
      'Per the article, ketamine therapy is not approved in the UK, so ketamine for depression can only be prescribed off-label. The exception it names is esketamine, licensed in 2019 for treatment-resistant depression.',
    section: SECTION.research,
    phrases: [],
    terms: ['ketamine-therapy', 'off-label', 'esketamine'],
    cards: ['not-approved-uk', 'off-label-meaning', 'esketamine-licensed-2019'],
    keywords: ['approved', 'licensed', 'UK', 'NHS approved', 'legal'],
  },
  {
    id: 'myth-works-slowly',
    myth: 'Ketamine takes weeks to work, like antidepressants.',
    correction:
      'The article says ketamine acts directly on glutamate and can ease anxiety within hours, whereas antidepressants need 4-6 weeks to take effect.',
    section: SECTION.speed,
    phrases: [],
    terms: ['ketamine-therapy', 'antidepressants', 'glutamate'],
    cards: ['anxiety-relief-in-hours', 'serotonin-vs-glutamate', 'glutamate-boost'],
    keywords: ['slow', 'weeks', 'how fast', 'speed'],
  },
  {
    id: 'myth-replaces-therapy',
    myth: 'Taking ketamine means you no longer need therapy.',
    correction:
      'The article treats ketamine as something that can strengthen psychotherapy when the two are combined; therapy brings the slower, longer-lasting change in how people see their lives.',
    section: SECTION.research,
    phrases: [],
    terms: ['ketamine-assisted-psychotherapy', 'psychotherapy'],
    cards: [
      'combination-enhances-psychotherapy',
      'psychotherapy-longer-lasting',
      'kap-trance-alternative-routes',
    ],
    keywords: ['replace therapy', 'instead of therapy', 'no need for therapy', 'drug alone'],
  },
  {
    id: 'myth-take-at-home',
    myth: 'Ketamine treatment is something you can take alone at home.',
    correction:
      "The article says infusions need a clinical setting or hospital, esketamine is given at clinics or certified doctors' offices, and patients stay under a medical professional's watch for two hours or more.",
    section: SECTION.depression,
    phrases: [],
    terms: ['ketamine-therapy', 'ketamine-infusion', 'esketamine'],
    cards: ['esketamine-clinic-monitoring', 'infusion-intravenous', 'session-monitoring'],
    keywords: ['at home', 'home use', 'unsupervised', 'alone', 'self-administer'],
  },
];
