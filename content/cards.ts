import { SECTION } from './article';
import type { CardInput } from './schema';

// One card per claim of the article body, in the article's order, paraphrased (never copied).
// `terms[0]` is the card's primary term; `keywords` hold plain-word phrasings people search with.
export const cards: CardInput[] = [
  // — Introduction to the use of ketamine —
  {
    id: 'ketamine-reputation',
    kind: 'fact',
    title: "Ketamine's poor reputation",
    summary:
      'The article opens by noting that ketamine does not have the best connotations: readers may know it as a "horse tranquiliser" or link it with the party scene.',
    detail:
      'Against that image, the author sets out to address common misconceptions and to explain how the drug can have intriguing effects when used with psychotherapy.',
    section: SECTION.intro,
    terms: ['ketamine', 'ketamine-assisted-psychotherapy', 'psychotherapy'],
    keywords: ['reputation', 'image', 'stigma', 'bad name', 'party scene', 'connotations'],
    questions: [
      'why does ketamine have a bad reputation',
      'why is ketamine called a horse tranquiliser',
      'why do people link ketamine with parties',
    ],
  },

  // — What is ketamine used for? —
  {
    id: 'ketamine-dissociative-anaesthetic',
    kind: 'definition',
    title: 'What ketamine is',
    summary:
      'Ketamine is a dissociative anaesthetic. As of January 2024, the article says, it is approved for medical professionals to use for short-term sedation.',
    detail:
      'Dissociatives are the class of psychedelic drugs it belongs to: they leave people feeling detached from their body and surroundings.',
    section: SECTION.uses,
    terms: ['ketamine', 'dissociative-anaesthetic', 'sedation', 'dissociatives'],
    keywords: [
      'what is ketamine',
      'what is it used for',
      'anaesthesia',
      'anesthesia',
      'short-term sedation',
      'approved use',
    ],
    questions: [
      'what is ketamine',
      'what is ketamine used for',
      'is ketamine an anaesthetic',
      'does ketamine knock you out',
      'is ketamine used to sedate patients',
    ],
  },
  {
    id: 'dissociatives-definition',
    kind: 'definition',
    title: 'What dissociatives do',
    summary:
      'Dissociatives are a group of psychedelic drugs. They leave people feeling cut off from their own body and from the world around them.',
    detail: 'Ketamine belongs to this group: the article calls it a dissociative anaesthetic.',
    section: SECTION.uses,
    terms: ['dissociatives', 'psychedelics', 'ketamine'],
    keywords: [
      'dissociation',
      'detached',
      'disconnected',
      'out of body',
      'feel detached from body',
      'drug class',
    ],
    questions: [
      'what does dissociative mean',
      'what does ketamine feel like',
      'why do people feel detached on ketamine',
      'is ketamine a psychedelic',
    ],
  },

  // — What is ketamine assisted psychotherapy? —
  {
    id: 'kap-definition',
    kind: 'definition',
    title: 'Ketamine-assisted psychotherapy',
    summary:
      'A more recent use of ketamine: combining the drug with psychotherapy. It has grown more popular as a treatment for mental health conditions such as depression and anxiety.',
    detail:
      'The article presents it as a newer application of a drug that already had medical uses, increasingly used for mental health problems, with depression and anxiety as its examples.',
    section: SECTION.kap,
    terms: [
      'ketamine-assisted-psychotherapy',
      'ketamine',
      'psychotherapy',
      'depression',
      'anxiety',
    ],
    keywords: ['what is KAP', 'newer use', 'popularity', 'mental health', 'new application'],
    questions: [
      'what is ketamine-assisted therapy',
      'what is KAP',
      'is ketamine used for mental health',
      'can ketamine help with depression or anxiety',
    ],
  },
  {
    id: 'kap-decades-of-research',
    kind: 'finding',
    title: 'Decades of research',
    summary:
      'According to the article, research carried out over several decades points to success for ketamine-assisted psychotherapy.',
    detail:
      'The article does not list the studies; it describes a body of research built up over several decades that reports positive results for the approach.',
    section: SECTION.kap,
    terms: ['ketamine-assisted-psychotherapy'],
    keywords: ['decades of research', 'evidence', 'studies', 'does it work', 'success'],
    questions: [
      'does ketamine therapy work',
      'is there research on ketamine therapy',
      'has ketamine therapy been studied for long',
    ],
  },
  {
    id: 'kap-trance-alternative-routes',
    kind: 'mechanism',
    title: 'A different route through hard issues',
    summary:
      "Ketamine's trance-like effects can give therapy other ways into issues that patients might otherwise have found hard to overcome with traditional talking therapies.",
    detail:
      'The article credits the trance-like quality of the drug with offering alternative routes: patients may work through difficulties that talking therapies alone might not have helped them overcome.',
    section: SECTION.kap,
    terms: ['ketamine-assisted-psychotherapy', 'psychotherapy', 'ketamine'],
    keywords: [
      'trance',
      'trance-like',
      'talking therapies',
      'why combine',
      'alternative routes',
      'stuck in therapy',
    ],
    questions: [
      'why combine ketamine with therapy',
      'what does the trance do in therapy',
      'can ketamine help when talking therapy is not enough',
      'feeling stuck in therapy',
    ],
  },

  // — Common misconceptions about ketamine —
  {
    id: 'negative-connotations',
    kind: 'fact',
    title: 'Where the negative image comes from',
    summary:
      'Ketamine is often brushed off as merely a "horse tranquiliser", and its dissociative effects make it a common recreational drug. That misuse and mislabelling gave it a bad name.',
    detail:
      'The article names two sources of the stigma: the dismissive horse-tranquiliser label, and recreational use driven by its dissociative effects.',
    section: SECTION.misconceptions,
    terms: ['ketamine', 'dissociatives'],
    keywords: [
      'horse tranquilizer',
      'recreational use',
      'misuse',
      'party drug',
      'stigma',
      'mislabelling',
    ],
    questions: [
      'why does ketamine have a bad name',
      'is ketamine a party drug',
      'is ketamine used recreationally',
      'why is ketamine seen as a horse tranquiliser',
    ],
  },
  {
    id: 'medical-uses',
    kind: 'fact',
    title: 'Used in medicine and therapy',
    summary:
      'The article says ketamine is effective in psychotherapy and in general medicine, and it is given routinely to sedate both animals and humans.',
    detail:
      'Sedating animals is only part of the story: the same drug is routinely used to sedate people, and it also has a place in psychotherapeutic practice.',
    section: SECTION.misconceptions,
    terms: ['ketamine', 'sedation', 'psychotherapy'],
    keywords: ['animals', 'people', 'humans', 'vets', 'sedate', 'medical use'],
    questions: [
      'is ketamine only for animals',
      'is ketamine used on people',
      'do vets use ketamine',
      'is ketamine a real medicine',
    ],
  },
  {
    id: 'low-dose-pain-relief',
    kind: 'administration',
    title: 'Lower doses for pain',
    summary:
      'At lower doses, ketamine is given to relieve pain, for example from broken bones (fractures), pain in the abdomen or long-term (chronic) pain.',
    detail:
      'For pain, the article says lower doses are used; its examples are broken bones, abdominal pain and long-lasting (chronic) pain.',
    section: SECTION.misconceptions,
    terms: ['ketamine', 'pain-relief'],
    keywords: [
      'low dose',
      'painkiller',
      'broken bones',
      'fractures',
      'chronic pain',
      'abdominal pain',
    ],
    questions: [
      'is ketamine a painkiller',
      'is ketamine used for pain',
      'can ketamine help chronic pain',
      'is ketamine given for broken bones',
    ],
  },
  {
    id: 'psychiatric-research',
    kind: 'finding',
    title: 'Emerging psychiatric benefits',
    summary:
      'Research is starting to reveal benefits of ketamine-assisted psychotherapy in certain psychiatric disorders.',
    detail:
      'The article frames this as early work: the benefits are only beginning to be revealed, and only for certain psychiatric conditions.',
    section: SECTION.misconceptions,
    terms: ['ketamine-assisted-psychotherapy', 'ketamine'],
    keywords: ['psychiatric disorders', 'mental illness', 'research', 'benefits'],
    questions: [
      'can ketamine help mental illness',
      'is ketamine used in psychiatry',
      'what are the benefits of ketamine therapy',
    ],
  },

  // — In-depth look at the research on ketamine therapy and ketamine treatment —
  {
    id: 'used-when-other-treatments-fail',
    kind: 'fact',
    title: 'When other treatments have not worked',
    summary:
      'Ketamine therapy is often turned to when depression or anxiety has not responded to other treatments.',
    detail:
      'The article places it after other treatments: it is often used where depression or anxiety has resisted them.',
    section: SECTION.research,
    terms: ['ketamine-therapy', 'depression', 'anxiety'],
    keywords: [
      'who is it for',
      'last resort',
      'resistant',
      'other treatments failed',
      'when is it used',
    ],
    questions: [
      'who is ketamine therapy for',
      'when is ketamine therapy used',
      'what if other treatments did not work for depression',
      'is ketamine a last resort',
    ],
  },
  {
    id: 'nhs-70-percent',
    kind: 'finding',
    title: 'Fast but temporary: one day for 70%',
    summary:
      'Ketamine treatment may offer fast but temporary help for severe suffering: according to the NHS, 70% of its patients treated for depression saw symptoms ease for only one day.',
    detail:
      'The figure comes from the NHS, as reported in the article: in 70% of patients treated with ketamine for depression, the reduction in symptoms lasted a single day.',
    section: SECTION.research,
    terms: ['ketamine-therapy', 'nhs', 'depression'],
    keywords: [
      '70%',
      '70 percent',
      'seventy percent',
      'one day',
      'a day',
      'temporary',
      'quick fix',
      'how long does it last',
    ],
    questions: [
      'how long does ketamine help depression',
      'does ketamine lift the blues',
      'does the effect wear off after a day',
      'is ketamine a quick fix',
    ],
  },
  {
    id: 'psychotherapy-longer-lasting',
    kind: 'comparison',
    title: 'Psychotherapy lasts longer but takes time',
    summary:
      'Psychotherapy tends to last longer because it asks people to rethink their lives. That change often pays off better in the long run, but it takes more time.',
    detail:
      'The article contrasts them: ketamine acts fast but briefly, while psychotherapy works through a slower shift in perspective that is often more effective long term.',
    section: SECTION.research,
    terms: ['psychotherapy', 'ketamine-therapy'],
    keywords: ['long term', 'talking therapy', 'takes time', 'which is better', 'perspective'],
    questions: [
      'is therapy better than ketamine',
      'which lasts longer, therapy or ketamine',
      'why does therapy take so long',
    ],
  },
  {
    id: 'combination-enhances-psychotherapy',
    kind: 'finding',
    title: 'Together, ketamine can boost therapy',
    summary:
      'When it is combined with psychotherapy, ketamine treatment can strengthen the effects of that therapy.',
    detail:
      'The article says that when both are used together, ketamine treatment is able to strengthen what psychotherapy does; it does not say by how much.',
    section: SECTION.research,
    terms: ['ketamine-therapy', 'psychotherapy', 'ketamine-assisted-psychotherapy'],
    keywords: ['combination', 'combined', 'together', 'enhance', 'boost', 'replace therapy'],
    questions: [
      'does ketamine make therapy work better',
      'ketamine and therapy together',
      'can ketamine boost talking therapy',
    ],
  },
  {
    id: 'not-approved-uk',
    kind: 'regulation',
    title: 'Ketamine therapy in the UK',
    summary:
      'As of January 2024, despite growing research, the UK has not approved ketamine therapy, so ketamine can be used to treat depression there only off-label.',
    detail:
      'As of January 2024, the article gives the missing UK approval as the reason ketamine for depression can be used there only off-label, that is, for something other than what it is licensed for.',
    section: SECTION.research,
    terms: ['ketamine-therapy', 'off-label', 'depression'],
    keywords: [
      'is it approved',
      'approved in the UK',
      'legal',
      'licensed',
      'licence',
      'license',
      'United Kingdom',
      'Britain',
    ],
    questions: [
      'is ketamine therapy legal in the UK',
      'is ketamine approved for depression in Britain',
      'can ketamine be prescribed for depression in the UK',
      'is ketamine licensed in the UK',
    ],
  },
  {
    id: 'off-label-meaning',
    kind: 'definition',
    title: 'What "off-label" means',
    summary:
      'Off-label prescribing means a treatment is prescribed for a purpose other than the one it is licensed for; as of January 2024, ketamine for depression in the UK is an example.',
    detail:
      'As of January 2024, the article says ketamine therapy is not approved in the UK, so using ketamine for depression there falls into this off-label category.',
    section: SECTION.research,
    terms: ['off-label', 'ketamine'],
    keywords: ['what does off-label mean', 'off label meaning', 'unlicensed use', 'licensed for'],
    questions: [
      'what does off-label mean',
      'what is off-label prescribing',
      'why is ketamine prescribed off-label',
    ],
  },
  {
    id: 'infusion-intravenous',
    kind: 'administration',
    title: 'Ketamine infusions go into a vein',
    summary:
      'Ketamine infusion treatment delivers the drug intravenously, so it must happen in a clinic or hospital. Entering the bloodstream at once, it is absorbed quickly and well.',
    detail:
      'Intravenous delivery is why a clinical setting or hospital is required. Because the drug reaches the blood immediately, the body takes it up fast and effectively.',
    section: SECTION.research,
    terms: ['ketamine-infusion', 'ketamine'],
    keywords: [
      'IV',
      'intravenous',
      'drip',
      'how is it given',
      'how is it taken',
      'hospital',
      'bloodstream',
      'absorption',
    ],
    questions: [
      'how is ketamine given',
      'is ketamine given through a drip',
      'is ketamine put into a vein',
      'why does a ketamine infusion need a hospital',
      'how fast is ketamine absorbed',
    ],
  },
  {
    id: 'infusion-off-label-trd',
    kind: 'regulation',
    title: 'Infusions for treatment-resistant depression',
    summary:
      'As of January 2024, the article says ketamine infusions may be prescribed off-label for people with treatment-resistant depression.',
    detail:
      'This is one of the off-label uses the article describes: infusions for depression that has not improved after at least two medicines.',
    section: SECTION.research,
    terms: ['ketamine-infusion', 'treatment-resistant-depression', 'off-label'],
    keywords: ['prescribed', 'infusion for depression', 'who can get it'],
    questions: [
      'can doctors prescribe ketamine infusions for depression',
      'who can get ketamine infusions',
      'ketamine drip for depression that will not lift',
    ],
  },
  {
    id: 'trd-definition',
    kind: 'definition',
    title: 'Treatment-resistant depression',
    summary:
      'Depression counts as treatment-resistant when it has not improved after trying at least two medicines.',
    detail:
      'This is the definition the article uses when it describes who may be offered ketamine infusions off-label.',
    section: SECTION.research,
    terms: ['treatment-resistant-depression', 'depression'],
    keywords: [
      'what is treatment-resistant depression',
      'two medicines',
      'at least two medicines',
      'two medications',
      'definition',
    ],
    questions: [
      'what is treatment-resistant depression',
      'when is depression called treatment resistant',
      'depression that does not respond to medication',
    ],
  },

  // — An in-depth look at ketamine treatment for depression —
  {
    id: 'depression-research-stronger',
    kind: 'comparison',
    title: 'Depression evidence is firmer',
    summary:
      'Research on ketamine for depression is far more solid than research on ketamine for anxiety.',
    detail:
      "By the article's account, the evidence base for depression is much firmer, while the link with anxiety is still less established.",
    section: SECTION.depression,
    terms: ['ketamine-therapy', 'depression', 'anxiety'],
    keywords: ['evidence', 'research stronger', 'how strong is the evidence', 'studies'],
    questions: [
      'is the evidence better for depression or anxiety',
      'how strong is the research on ketamine for depression',
      'is ketamine proven for depression',
    ],
  },
  {
    id: 'esketamine-licensed-2019',
    kind: 'regulation',
    title: 'Esketamine for treatment-resistant depression',
    summary:
      'As of January 2024, the article says ketamine is not licensed to treat depression, but esketamine, which it calls a component of ketamine, was licensed in 2019 for treatment-resistant depression.',
    detail:
      'As of January 2024, the article gives 2019 as the year esketamine was licensed for depression that has resisted treatment. It does not say where the licence was granted.',
    section: SECTION.depression,
    terms: ['esketamine', 'treatment-resistant-depression', 'ketamine'],
    keywords: ['2019', 'licensed', 'approved', 'Spravato', 'component of ketamine'],
    questions: [
      'what is esketamine',
      'is esketamine approved',
      'when was esketamine licensed',
      'is esketamine the same as ketamine',
    ],
  },
  {
    id: 'esketamine-clinic-monitoring',
    kind: 'administration',
    title: 'Taken at a clinic, then monitored',
    summary:
      "Esketamine is only given in clinics or certified doctors' offices, and afterwards a medical professional keeps watch over the patient for two hours or more.",
    detail:
      'The article describes it as taken on site, after which the patient stays under medical observation for a minimum of two hours.',
    section: SECTION.depression,
    terms: ['esketamine', 'ketamine-therapy'],
    keywords: [
      'two hours',
      '2 hours',
      'how long are you monitored',
      'supervised',
      'clinic',
      "doctor's office",
      'at home',
    ],
    questions: [
      'can esketamine be taken at home',
      'where is esketamine given',
      'how long do patients stay after an esketamine dose',
      'is someone watching after the dose',
    ],
  },
  {
    id: 'rapid-but-short-lived',
    kind: 'limitation',
    title: 'Quick relief that fades',
    summary:
      'Relief from ketamine often comes fast but usually fades, typically after somewhere between several days and a week. Whether it works in the long term remains an open question.',
    detail:
      'The article says this holds for depression and, similarly, for anxiety. Because relief usually fades within about a week, whether ketamine can help in the long term is uncertain.',
    section: SECTION.depression,
    terms: ['ketamine-therapy', 'ketamine', 'depression'],
    keywords: [
      'how long does it last',
      'duration',
      'wears off',
      'few days to a week',
      'a week',
      'long-term effectiveness',
      'short-lived',
      'permanent',
      'cure',
    ],
    questions: [
      'how long does ketamine last',
      'does ketamine cure depression',
      'when does the effect wear off',
      'is ketamine a long-term fix',
      'does ketamine lift the blues for good',
    ],
  },

  // — In-depth look at ketamine for anxiety —
  {
    id: 'gad-50-percent',
    kind: 'finding',
    title: 'About half of GAD patients are treatment resistant',
    summary:
      'According to the article, an estimated 50% or so of patients who have generalised anxiety disorder (GAD) are treatment resistant.',
    detail: 'The article presents this as an estimate ("around" 50%), not a precise count.',
    section: SECTION.anxiety,
    terms: ['generalised-anxiety-disorder', 'treatment-resistant-anxiety', 'anxiety'],
    keywords: [
      '50%',
      '50 percent',
      'half',
      'fifty percent',
      'treatment resistant',
      'resist treatment',
    ],
    questions: [
      'how many people with anxiety do not respond to treatment',
      'how common is treatment-resistant anxiety',
      'constant worrying that treatment does not help',
    ],
  },
  {
    id: 'anxiety-off-label',
    kind: 'regulation',
    title: 'Off-label for anxiety',
    summary:
      'As of January 2024, the article says that for anxiety that resists treatment, doctors may also prescribe ketamine off-label.',
    detail:
      'As with depression, using ketamine for anxiety is an off-label prescription, described by the article for cases that have resisted other treatment.',
    section: SECTION.anxiety,
    terms: ['off-label', 'ketamine', 'anxiety', 'generalised-anxiety-disorder'],
    keywords: ['prescribed for anxiety', 'is it approved for anxiety', 'doctors'],
    questions: [
      'can doctors prescribe ketamine for anxiety',
      'is ketamine approved for anxiety',
      'ketamine for anxiety that will not go away',
    ],
  },
  {
    id: 'anxiety-evidence-weaker',
    kind: 'limitation',
    title: 'Anxiety link less established',
    summary:
      'For anxiety, the evidence on ketamine is less established than for depression, though some studies argue that the outcomes are similar.',
    detail:
      'The article hedges here: the anxiety research is less established, and only some studies claim results comparable to those seen in depression.',
    section: SECTION.anxiety,
    terms: ['anxiety', 'ketamine', 'depression'],
    keywords: ['evidence', 'is the research strong', 'less established', 'some studies'],
    questions: [
      'does ketamine work for anxiety',
      'is there good evidence for ketamine and anxiety',
      'is ketamine as good for anxiety as for depression',
    ],
  },
  {
    id: 'review-2022-single-dose',
    kind: 'finding',
    title: '2022 review: single doses',
    summary:
      'According to a 2022 review, one ketamine infusion rapidly lowered panic, irritability and social anxiety, and the benefit held for two weeks.',
    detail:
      'The article cites this review for anxiety: a single infusion brought rapid reductions, and the effect held for two weeks.',
    section: SECTION.anxiety,
    terms: ['ketamine-infusion', 'anxiety'],
    keywords: [
      '2022',
      'review',
      'single dose',
      'panic',
      'irritability',
      'social anxiety',
      'two weeks',
      '2 weeks',
    ],
    questions: [
      'can one dose of ketamine help anxiety',
      'does ketamine help panic attacks',
      'does ketamine help social anxiety',
      'how long does one infusion help anxiety',
    ],
  },

  // — How does ketamine bring about a reduction in anxiety symptoms? —
  {
    id: 'glutamate-boost',
    kind: 'mechanism',
    title: 'How ketamine eases anxiety',
    summary: 'Ketamine works on anxiety by rapidly raising glutamate activity in the brain.',
    detail:
      "This is the article's explanation of the mechanism: a fast increase in the brain's glutamate activity.",
    section: SECTION.mechanism,
    terms: ['glutamate', 'ketamine', 'anxiety'],
    keywords: ['how does it work', 'mechanism', 'brain', 'how does ketamine reduce anxiety'],
    questions: [
      'how does ketamine work',
      'what does ketamine do in the brain',
      'how does ketamine calm anxiety',
    ],
  },
  {
    id: 'glutamate-definition',
    kind: 'definition',
    title: 'What glutamate does',
    summary:
      'Glutamate is an excitatory transmitter that plays a central part in regulating mood, in learning and in memory.',
    detail:
      'The article defines glutamate while explaining that ketamine reduces anxiety by quickly raising glutamate activity in the brain.',
    section: SECTION.mechanism,
    terms: ['glutamate'],
    keywords: ['neurotransmitter', 'excitatory', 'mood', 'learning', 'memory'],
    questions: [
      'what is glutamate',
      'what does glutamate do',
      'what has glutamate to do with mood',
    ],
  },
  {
    id: 'serotonin-vs-glutamate',
    kind: 'comparison',
    title: 'Glutamate first, not serotonin',
    summary:
      'Other anxiety treatments act on other brain chemicals such as serotonin before glutamate; ketamine activates glutamate straight away.',
    detail:
      'The difference is the order of action: other treatments go through brain chemicals like serotonin first, while ketamine goes to glutamate at once.',
    section: SECTION.mechanism,
    terms: ['glutamate', 'serotonin', 'ketamine'],
    keywords: ['serotonin', 'brain chemicals', 'difference', 'order of action'],
    questions: [
      'does ketamine work on serotonin',
      'how is ketamine different from other anxiety medicines',
      'which brain chemical does ketamine act on',
    ],
  },

  // — How fast does ketamine work for anxiety? —
  {
    id: 'anxiety-relief-in-hours',
    kind: 'comparison',
    title: 'Hours, not weeks',
    summary:
      'Because it acts directly on glutamate, ketamine therapy can ease anxiety symptoms within hours. Antidepressants take 4-6 weeks to start working.',
    detail:
      'The speed comes from acting on glutamate directly, unlike antidepressants, which the article says need 4-6 weeks to take effect.',
    section: SECTION.speed,
    terms: ['ketamine-therapy', 'antidepressants', 'glutamate', 'anxiety'],
    keywords: [
      'how fast does it work',
      'how quickly',
      'speed',
      'hours',
      '4-6 weeks',
      'four to six weeks',
      'onset',
    ],
    questions: [
      'how fast does ketamine work',
      'how quickly does ketamine help anxiety',
      'is ketamine faster than antidepressants',
      'how long until ketamine kicks in',
    ],
  },
  {
    id: 'treatment-resistant-anxiety-avenue',
    kind: 'finding',
    title: 'Promising for treatment-resistant anxiety',
    summary:
      'The article calls ketamine treatment promising for patients with treatment-resistant anxiety once other routes have proved unsuccessful.',
    detail:
      'The article limits this to patients whose anxiety is treatment resistant and for whom other alternative routes have not worked.',
    section: SECTION.speed,
    terms: ['treatment-resistant-anxiety', 'ketamine-therapy', 'anxiety'],
    keywords: ['promising', 'nothing else worked', 'other options failed'],
    questions: [
      'what if nothing helps the anxiety',
      'can ketamine help anxiety that will not go away',
      'ketamine when other anxiety treatments failed',
    ],
  },

  // — How does the combination of therapy and ketamine work to reduce anxiety? —
  {
    id: 'kap-severe-anxiety',
    kind: 'finding',
    title: 'Promise for severe anxiety',
    summary: 'Ketamine-assisted psychotherapy shows considerable promise against severe anxiety.',
    detail: 'The article describes the promise as considerable, specifically for severe anxiety.',
    section: SECTION.combination,
    terms: ['ketamine-assisted-psychotherapy', 'anxiety'],
    keywords: ['severe anxiety', 'promise', 'does it help anxiety'],
    questions: [
      'can ketamine therapy help severe anxiety',
      'ketamine therapy for bad anxiety',
      'does ketamine-assisted therapy help anxiety',
    ],
  },
  {
    id: 'session-monitoring',
    kind: 'administration',
    title: 'Monitored during a session',
    summary:
      'Once ketamine has been given, a medical professional monitors the patient for at least two hours.',
    detail:
      'Medical supervision is part of a ketamine-assisted psychotherapy session, lasting a minimum of two hours after the drug is given.',
    section: SECTION.combination,
    terms: ['ketamine-assisted-psychotherapy', 'ketamine'],
    keywords: [
      'two hours',
      '2 hours',
      'how long are you monitored',
      'supervision',
      'safety',
      'session',
    ],
    questions: [
      'what happens after ketamine is given',
      'is ketamine therapy supervised',
      'how long are patients watched after ketamine',
      'is a doctor there during a ketamine session',
    ],
  },
  {
    id: 'dissociation-explore-feelings',
    kind: 'mechanism',
    title: 'Exploring feelings while dissociated',
    summary:
      'As the dissociative effects begin, patients can explore whatever feelings surface. Ketamine relaxes them, so talking about traumatic memories and emotions can hurt less.',
    detail:
      'The article links them: the dissociative state opens space to explore emotions, and the relaxing effect eases discussion of trauma.',
    section: SECTION.combination,
    terms: ['ketamine-assisted-psychotherapy', 'dissociatives', 'psychotherapy'],
    keywords: [
      'trauma',
      'traumatic memories',
      'relax',
      'relaxing',
      'emotions',
      'feelings',
      'talk about trauma',
    ],
    questions: [
      'what happens in a ketamine therapy session',
      'can ketamine help talk about trauma',
      'does ketamine make painful memories easier to talk about',
      'does ketamine relax you',
    ],
  },
];
