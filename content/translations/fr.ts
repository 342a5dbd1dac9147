import type { PackTranslationInput } from '../translation-schema';

// French. A translation of our English cards (facts from the article only), not of the article.
export const fr: PackTranslationInput = {
  language: 'fr',
  disclaimer:
    'Résumé pédagogique d’un seul article : ce n’est pas un avis médical et cela ne remplace pas un professionnel de santé qualifié.',
  sections: {
    intro: 'Introduction à l’usage de la kétamine',
    uses: 'À quoi sert la kétamine ?',
    kap: 'Qu’est-ce que la psychothérapie assistée par la kétamine ?',
    misconceptions: 'Idées reçues sur la kétamine',
    research:
      'Regard approfondi sur la recherche consacrée à la thérapie et au traitement par kétamine',
    depression: 'Regard approfondi sur le traitement de la dépression par la kétamine',
    anxiety: 'Regard approfondi sur la kétamine contre l’anxiété',
    mechanism: 'Comment la kétamine réduit-elle les symptômes d’anxiété ?',
    speed: 'En combien de temps la kétamine agit-elle sur l’anxiété ?',
    combination: 'Comment la thérapie et la kétamine agissent-elles ensemble contre l’anxiété ?',
  },
  terms: {
    ketamine: 'Kétamine',
    esketamine: 'Eskétamine',
    'ketamine-assisted-psychotherapy': 'Psychothérapie assistée par la kétamine',
    'ketamine-therapy': 'Thérapie par kétamine',
    'ketamine-infusion': 'Perfusion de kétamine',
    'dissociative-anaesthetic': 'Anesthésique dissociatif',
    dissociatives: 'Dissociatifs',
    'treatment-resistant-depression': 'Dépression résistante au traitement',
    'generalised-anxiety-disorder': 'Trouble anxieux généralisé',
    'treatment-resistant-anxiety': 'Anxiété résistante au traitement',
    'off-label': 'Hors AMM',
    glutamate: 'Glutamate',
    serotonin: 'Sérotonine',
    depression: 'Dépression',
    anxiety: 'Anxiété',
    psychotherapy: 'Psychothérapie',
    antidepressants: 'Antidépresseurs',
    nhs: 'NHS',
    sedation: 'Sédation',
    'pain-relief': 'Soulagement de la douleur',
    psychedelics: 'Psychédéliques',
  },
  cards: {
    'ketamine-reputation': {
      title: 'La mauvaise réputation de la kétamine',
      summary:
        'L’article commence par rappeler que la kétamine n’a pas très bonne réputation : on la connaît parfois comme « tranquillisant pour chevaux » ou on l’associe au monde de la fête.',
      detail:
        'Face à cette image, l’autrice entend corriger des idées reçues et expliquer les effets étonnants que la substance peut avoir lorsqu’elle accompagne une psychothérapie.',
      keywords: ['réputation', 'image', 'stigmate', 'mauvaise image', 'milieu festif', 'préjugés'],
      questions: [
        'pourquoi la kétamine a-t-elle mauvaise réputation',
        'pourquoi dit-on que la kétamine est un tranquillisant pour chevaux',
        'pourquoi associe-t-on la kétamine aux soirées',
      ],
    },
    'ketamine-dissociative-anaesthetic': {
      title: 'Ce qu’est la kétamine',
      summary:
        'La kétamine est un anesthésique dissociatif. En janvier 2024, selon l’article, elle est autorisée pour la sédation de courte durée par les professionnels de santé.',
      detail:
        'Elle appartient aux dissociatifs, une classe de drogues psychédéliques qui donnent le sentiment d’être détaché de son corps et de ce qui nous entoure.',
      keywords: [
        'qu’est-ce que la kétamine',
        'à quoi ça sert',
        'anesthésie',
        'anesthésiant',
        'sédation de courte durée',
        'usage autorisé',
      ],
      questions: [
        'c’est quoi la kétamine',
        'à quoi sert la kétamine',
        'la kétamine est-elle un anesthésiant',
        'est-ce que la kétamine endort',
        'la kétamine sert-elle à calmer les patients',
      ],
    },
    'dissociatives-definition': {
      title: 'Ce que font les dissociatifs',
      summary:
        'Les dissociatifs forment un groupe de drogues psychédéliques. Ils donnent l’impression d’être coupé de son propre corps et du monde qui nous entoure.',
      detail:
        'La kétamine fait partie de ce groupe : l’article la qualifie d’anesthésique dissociatif.',
      keywords: [
        'dissociation',
        'détaché',
        'déconnecté',
        'hors du corps',
        'se sentir détaché de son corps',
        'classe de drogues',
      ],
      questions: [
        'que veut dire dissociatif',
        'quel effet fait la kétamine',
        'pourquoi se sent-on détaché sous kétamine',
        'la kétamine est-elle un psychédélique',
      ],
    },
    'kap-definition': {
      title: 'La psychothérapie assistée par la kétamine',
      summary:
        'Un usage plus récent de la kétamine : l’associer à une psychothérapie. Cette approche gagne en popularité pour traiter des troubles psychiques comme la dépression et l’anxiété.',
      detail:
        'L’article la présente comme une nouvelle application d’une substance qui avait déjà des usages médicaux, de plus en plus employée pour la santé mentale, avec la dépression et l’anxiété pour exemples.',
      keywords: [
        'c’est quoi la KAP',
        'nouvel usage',
        'popularité',
        'santé mentale',
        'kétamine et thérapie',
      ],
      questions: [
        'qu’est-ce que la thérapie assistée par kétamine',
        'c’est quoi la KAP',
        'la kétamine est-elle utilisée en santé mentale',
        'la kétamine aide-t-elle contre la dépression ou l’anxiété',
      ],
    },
    'kap-decades-of-research': {
      title: 'Des décennies de recherche',
      summary:
        'Selon l’article, des recherches menées sur plusieurs décennies montrent des succès pour la psychothérapie assistée par la kétamine.',
      detail:
        'L’article ne cite pas les études ; il évoque un ensemble de travaux accumulés sur plusieurs décennies qui rapportent des résultats positifs pour cette approche.',
      keywords: ['décennies de recherche', 'preuves', 'études', 'est-ce que ça marche', 'succès'],
      questions: [
        'la thérapie par kétamine fonctionne-t-elle',
        'existe-t-il des recherches sur la thérapie par kétamine',
        'la thérapie par kétamine est-elle étudiée depuis longtemps',
      ],
    },
    'kap-trance-alternative-routes': {
      title: 'Un autre chemin face aux difficultés',
      summary:
        'Les effets de transe de la kétamine peuvent ouvrir à la thérapie d’autres accès à des problèmes que les patients auraient peut-être eu du mal à surmonter avec les thérapies par la parole classiques.',
      detail:
        'L’article attribue à la qualité de transe de la substance des voies alternatives : les patients peuvent travailler sur des difficultés que la seule thérapie par la parole ne les aurait peut-être pas aidés à surmonter.',
      keywords: [
        'transe',
        'état de transe',
        'thérapie par la parole',
        'pourquoi associer',
        'autres voies',
        'bloqué en thérapie',
      ],
      questions: [
        'pourquoi associer kétamine et thérapie',
        'à quoi sert la transe en thérapie',
        'la kétamine aide-t-elle quand la thérapie par la parole ne suffit pas',
        'se sentir bloqué en thérapie',
      ],
    },
    'negative-connotations': {
      title: 'D’où vient l’image négative',
      summary:
        'La kétamine est souvent réduite à un simple « tranquillisant pour chevaux », et ses effets dissociatifs en font une drogue récréative courante. Ce mésusage et cette étiquette lui ont fait une mauvaise réputation.',
      detail:
        'L’article nomme deux sources de ce stigmate : l’étiquette méprisante de tranquillisant pour chevaux et l’usage récréatif lié à ses effets dissociatifs.',
      keywords: [
        'tranquillisant pour chevaux',
        'usage récréatif',
        'mésusage',
        'drogue de fête',
        'stigmate',
        'mauvaise étiquette',
      ],
      questions: [
        'pourquoi la kétamine a-t-elle mauvaise réputation',
        'la kétamine est-elle une drogue de soirée',
        'la kétamine est-elle prise comme drogue',
        'pourquoi voit-on la kétamine comme un tranquillisant pour chevaux',
      ],
    },
    'medical-uses': {
      title: 'Utilisée en médecine et en thérapie',
      summary:
        'Selon l’article, la kétamine est efficace en psychothérapie comme en médecine générale, et on l’administre couramment pour mettre sous sédation aussi bien les animaux que les humains.',
      detail:
        'La sédation des animaux n’est qu’une partie de l’histoire : la même substance sert couramment à la sédation des personnes et a aussi sa place dans la pratique psychothérapeutique.',
      keywords: ['animaux', 'personnes', 'humains', 'vétérinaires', 'sédation', 'usage médical'],
      questions: [
        'la kétamine est-elle réservée aux animaux',
        'utilise-t-on la kétamine chez l’humain',
        'les vétérinaires utilisent-ils la kétamine',
        'la kétamine est-elle un vrai médicament',
      ],
    },
    'low-dose-pain-relief': {
      title: 'Des doses plus faibles contre la douleur',
      summary:
        'À plus faible dose, la kétamine est donnée pour soulager la douleur, par exemple celle d’os cassés (fractures), des douleurs abdominales ou des douleurs de longue durée (chroniques).',
      detail:
        'Contre la douleur, l’article indique que des doses plus faibles sont utilisées ; ses exemples sont les fractures, les douleurs abdominales et les douleurs persistantes (chroniques).',
      keywords: [
        'faible dose',
        'antidouleur',
        'os cassés',
        'fractures',
        'douleur chronique',
        'douleurs abdominales',
      ],
      questions: [
        'la kétamine est-elle un antidouleur',
        'utilise-t-on la kétamine contre la douleur',
        'la kétamine soulage-t-elle la douleur chronique',
        'donne-t-on de la kétamine pour une fracture',
      ],
    },
    'psychiatric-research': {
      title: 'Des bénéfices psychiatriques qui émergent',
      summary:
        'La recherche commence à mettre au jour des bénéfices de la psychothérapie assistée par la kétamine dans certains troubles psychiatriques.',
      detail:
        'L’article présente cela comme un travail débutant : les bénéfices commencent seulement à apparaître, et seulement pour certains troubles psychiatriques.',
      keywords: ['troubles psychiatriques', 'maladie mentale', 'recherche', 'bénéfices'],
      questions: [
        'la kétamine aide-t-elle contre les maladies mentales',
        'la kétamine est-elle utilisée en psychiatrie',
        'quels sont les bienfaits de la thérapie par kétamine',
      ],
    },
    'used-when-other-treatments-fail': {
      title: 'Quand les autres traitements n’ont pas marché',
      summary:
        'On se tourne souvent vers la thérapie par kétamine quand une dépression ou une anxiété n’a pas répondu à d’autres traitements.',
      detail:
        'L’article la situe après les autres traitements : elle est souvent utilisée là où la dépression ou l’anxiété leur a résisté.',
      keywords: [
        'pour qui',
        'dernier recours',
        'résistant',
        'échec des autres traitements',
        'quand l’utilise-t-on',
      ],
      questions: [
        'à qui s’adresse la thérapie par kétamine',
        'quand utilise-t-on la thérapie par kétamine',
        'et si les autres traitements de la dépression n’ont pas marché',
        'la kétamine est-elle un dernier recours',
      ],
    },
    'nhs-70-percent': {
      title: 'Rapide mais passager : un jour pour 70 %',
      summary:
        'Le traitement par kétamine peut soulager vite mais brièvement une grande souffrance : selon le NHS, chez 70 % de ses patients traités pour dépression, les symptômes ne se sont atténués qu’un jour.',
      detail:
        'Le chiffre vient du NHS, tel que le rapporte l’article : chez 70 % des patients traités par kétamine pour une dépression, la baisse des symptômes n’a duré qu’une seule journée.',
      keywords: [
        '70 %',
        '70 pour cent',
        'un jour',
        'une journée',
        'temporaire',
        'solution rapide',
        'combien de temps ça dure',
      ],
      questions: [
        'combien de temps la kétamine aide-t-elle contre la dépression',
        'la kétamine aide-t-elle quand on a le moral à zéro',
        'l’effet disparaît-il au bout d’un jour',
        'la kétamine est-elle une solution rapide',
      ],
    },
    'psychotherapy-longer-lasting': {
      title: 'La psychothérapie dure plus longtemps mais prend du temps',
      summary:
        'La psychothérapie a des effets plus durables, car elle amène à repenser sa vie. Ce changement est souvent plus payant à long terme, mais il demande plus de temps.',
      detail:
        'L’article les oppose : la kétamine agit vite mais brièvement, tandis que la psychothérapie passe par un changement de regard plus lent, souvent plus efficace à long terme.',
      keywords: [
        'long terme',
        'thérapie par la parole',
        'prend du temps',
        'qu’est-ce qui est mieux',
        'changement de regard',
      ],
      questions: [
        'la thérapie est-elle meilleure que la kétamine',
        'qu’est-ce qui dure le plus longtemps, la thérapie ou la kétamine',
        'pourquoi une thérapie prend-elle autant de temps',
      ],
    },
    'combination-enhances-psychotherapy': {
      title: 'Ensemble, la kétamine peut renforcer la thérapie',
      summary:
        'Associé à une psychothérapie, le traitement par kétamine peut renforcer les effets de cette thérapie.',
      detail:
        'L’article indique que, lorsque kétamine et psychothérapie sont utilisées ensemble, le traitement par kétamine peut renforcer l’action de la psychothérapie ; il ne dit pas dans quelle mesure.',
      keywords: [
        'association',
        'combiné',
        'ensemble',
        'renforcer',
        'amplifier',
        'remplacer la thérapie',
      ],
      questions: [
        'la kétamine rend-elle la thérapie plus efficace',
        'kétamine et thérapie ensemble',
        'la kétamine peut-elle renforcer une thérapie par la parole',
      ],
    },
    'not-approved-uk': {
      title: 'La thérapie par kétamine au Royaume-Uni',
      summary:
        'En janvier 2024, malgré des recherches croissantes, le Royaume-Uni n’a pas autorisé la thérapie par kétamine : la kétamine ne peut donc y être utilisée contre la dépression que hors AMM.',
      detail:
        'En janvier 2024, l’article présente l’absence d’autorisation au Royaume-Uni comme la raison pour laquelle la kétamine contre la dépression n’y est utilisable que hors AMM, c’est-à-dire pour autre chose que ce pour quoi elle est autorisée.',
      keywords: [
        'est-ce autorisé',
        'autorisé au Royaume-Uni',
        'légal',
        'autorisation',
        'AMM',
        'Royaume-Uni',
        'Grande-Bretagne',
        'Angleterre',
      ],
      questions: [
        'la thérapie par kétamine est-elle légale au Royaume-Uni',
        'la kétamine est-elle autorisée contre la dépression en Angleterre',
        'peut-on prescrire de la kétamine pour la dépression au Royaume-Uni',
        'la kétamine a-t-elle une autorisation au Royaume-Uni',
      ],
    },
    'off-label-meaning': {
      title: 'Ce que signifie « hors AMM »',
      summary:
        'Prescrire hors AMM, c’est prescrire un traitement dans un autre but que celui pour lequel il est autorisé ; en janvier 2024, la kétamine contre la dépression au Royaume-Uni en est un exemple.',
      detail:
        'En janvier 2024, selon l’article, la thérapie par kétamine n’est pas autorisée au Royaume-Uni, si bien que la kétamine contre la dépression y relève de cette catégorie hors AMM.',
      keywords: ['que veut dire hors AMM', 'off-label', 'usage non autorisé', 'autorisé pour'],
      questions: [
        'que signifie hors AMM',
        'qu’est-ce qu’une prescription hors AMM',
        'pourquoi la kétamine est-elle prescrite hors AMM',
      ],
    },
    'infusion-intravenous': {
      title: 'Les perfusions de kétamine passent par une veine',
      summary:
        'La perfusion de kétamine administre la substance par voie intraveineuse, donc en clinique ou à l’hôpital. Comme elle passe aussitôt dans le sang, elle est absorbée vite et bien.',
      detail:
        'La voie intraveineuse explique pourquoi un cadre clinique ou un hôpital est nécessaire. Comme la substance atteint le sang immédiatement, l’organisme l’absorbe rapidement et efficacement.',
      keywords: [
        'intraveineuse',
        'perfusion',
        'goutte-à-goutte',
        'comment est-ce administré',
        'comment la prend-on',
        'hôpital',
        'circulation sanguine',
        'absorption',
      ],
      questions: [
        'comment la kétamine est-elle administrée',
        'la kétamine se donne-t-elle en perfusion',
        'la kétamine est-elle injectée dans une veine',
        'pourquoi une perfusion de kétamine se fait-elle à l’hôpital',
        'la kétamine est-elle absorbée rapidement',
      ],
    },
    'infusion-off-label-trd': {
      title: 'Des perfusions contre la dépression résistante',
      summary:
        'En janvier 2024, selon l’article, les perfusions de kétamine peuvent être prescrites hors AMM aux personnes atteintes de dépression résistante au traitement.',
      detail:
        'C’est l’un des usages hors AMM que décrit l’article : des perfusions pour une dépression qui ne s’est pas améliorée après au moins deux médicaments.',
      keywords: ['prescrit', 'perfusion contre la dépression', 'qui peut en bénéficier'],
      questions: [
        'les médecins peuvent-ils prescrire des perfusions de kétamine contre la dépression',
        'qui peut recevoir des perfusions de kétamine',
        'perfusion de kétamine pour une dépression qui ne passe pas',
      ],
    },
    'trd-definition': {
      title: 'Dépression résistante au traitement',
      summary:
        'Une dépression est dite résistante au traitement quand elle ne s’est pas améliorée après l’essai d’au moins deux médicaments.',
      detail:
        'C’est la définition qu’utilise l’article lorsqu’il décrit à qui des perfusions de kétamine peuvent être proposées hors AMM.',
      keywords: [
        'qu’est-ce que la dépression résistante',
        'deux médicaments',
        'au moins deux médicaments',
        '2 antidépresseurs',
        'définition',
      ],
      questions: [
        'qu’est-ce qu’une dépression résistante',
        'quand parle-t-on de dépression résistante au traitement',
        'dépression qui ne répond pas aux médicaments',
      ],
    },
    'depression-research-stronger': {
      title: 'Des preuves plus solides pour la dépression',
      summary:
        'La recherche sur la kétamine contre la dépression est bien plus solide que celle sur la kétamine contre l’anxiété.',
      detail:
        'D’après l’article, les données sur la dépression sont nettement plus solides, tandis que le lien avec l’anxiété est encore moins établi.',
      keywords: ['preuves', 'recherche plus solide', 'les preuves sont-elles solides', 'études'],
      questions: [
        'les preuves sont-elles meilleures pour la dépression ou pour l’anxiété',
        'la kétamine contre la dépression est-elle bien étudiée',
        'l’efficacité de la kétamine contre la dépression est-elle prouvée',
      ],
    },
    'esketamine-licensed-2019': {
      title: 'L’eskétamine contre la dépression résistante',
      summary:
        'En janvier 2024, selon l’article, la kétamine n’est pas autorisée contre la dépression, mais l’eskétamine, qu’il décrit comme un composant de la kétamine, a été autorisée en 2019 pour la dépression résistante.',
      detail:
        'En janvier 2024, l’article donne 2019 comme l’année où l’eskétamine a été autorisée pour la dépression résistante au traitement. Il ne dit pas où cette autorisation a été accordée.',
      keywords: ['2019', 'autorisée', 'autorisation', 'Spravato', 'composant de la kétamine'],
      questions: [
        'qu’est-ce que l’eskétamine',
        'l’eskétamine est-elle autorisée',
        'depuis quand l’eskétamine est-elle autorisée',
        'l’eskétamine, c’est la même chose que la kétamine',
      ],
    },
    'esketamine-clinic-monitoring': {
      title: 'Prise en clinique, puis surveillance',
      summary:
        'L’eskétamine n’est administrée qu’en clinique ou dans un cabinet médical agréé, puis un professionnel de santé surveille le patient pendant deux heures ou plus.',
      detail:
        'L’article la décrit comme prise sur place, après quoi le patient reste sous observation médicale pendant au moins deux heures.',
      keywords: [
        'deux heures',
        '2 heures',
        'combien de temps sous surveillance',
        'surveillé',
        'clinique',
        'cabinet médical',
        'à domicile',
      ],
      questions: [
        'peut-on prendre de l’eskétamine à la maison',
        'où l’eskétamine est-elle administrée',
        'combien de temps reste-t-on après une prise d’eskétamine',
        'est-on surveillé après la prise',
      ],
    },
    'rapid-but-short-lived': {
      title: 'Un soulagement rapide qui s’estompe',
      summary:
        'Le soulagement apporté par la kétamine est souvent rapide mais s’estompe en général, le plus souvent après quelques jours à une semaine. Son efficacité à long terme reste une question ouverte.',
      detail:
        'Selon l’article, c’est vrai pour la dépression et, de même, pour l’anxiété. Comme le soulagement s’estompe en général en une semaine environ, on ne sait pas si la kétamine peut aider à long terme.',
      keywords: [
        'combien de temps ça dure',
        'durée',
        'l’effet passe',
        'quelques jours à une semaine',
        'une semaine',
        'efficacité à long terme',
        'de courte durée',
        'permanent',
        'guérison',
      ],
      questions: [
        'combien de temps dure l’effet de la kétamine',
        'la kétamine guérit-elle la dépression',
        'quand l’effet disparaît-il',
        'la kétamine est-elle une solution durable',
        'la kétamine chasse-t-elle le cafard pour de bon',
      ],
    },
    'gad-50-percent': {
      title: 'Environ la moitié des patients TAG résistent au traitement',
      summary:
        'Selon l’article, on estime qu’environ 50 % des patients atteints de trouble anxieux généralisé (TAG) sont résistants au traitement.',
      detail:
        'L’article présente ce chiffre comme une estimation (« environ » 50 %), et non comme un décompte précis.',
      keywords: [
        '50 %',
        '50 pour cent',
        'la moitié',
        'cinquante pour cent',
        'résistant au traitement',
        'ne répond pas au traitement',
      ],
      questions: [
        'combien de personnes anxieuses ne répondent pas au traitement',
        'l’anxiété résistante est-elle fréquente',
        'angoisse permanente que le traitement ne soulage pas',
      ],
    },
    'anxiety-off-label': {
      title: 'Hors AMM pour l’anxiété',
      summary:
        'En janvier 2024, selon l’article, les médecins peuvent aussi prescrire la kétamine hors AMM pour une anxiété résistante au traitement.',
      detail:
        'Comme pour la dépression, la kétamine contre l’anxiété est une prescription hors AMM, décrite par l’article pour les cas qui ont résisté à d’autres traitements.',
      keywords: ['prescrit pour l’anxiété', 'est-ce autorisé pour l’anxiété', 'médecins'],
      questions: [
        'les médecins peuvent-ils prescrire de la kétamine contre l’anxiété',
        'la kétamine est-elle autorisée contre l’anxiété',
        'kétamine pour une anxiété qui ne passe pas',
      ],
    },
    'anxiety-evidence-weaker': {
      title: 'Un lien moins établi pour l’anxiété',
      summary:
        'Pour l’anxiété, les preuves sur la kétamine sont moins établies que pour la dépression, même si certaines études soutiennent que les résultats sont comparables.',
      detail:
        'L’article reste prudent : la recherche sur l’anxiété est moins établie, et seules certaines études font état de résultats comparables à ceux observés dans la dépression.',
      keywords: ['preuves', 'la recherche est-elle solide', 'moins établi', 'certaines études'],
      questions: [
        'la kétamine marche-t-elle contre l’anxiété',
        'y a-t-il de bonnes preuves pour la kétamine contre l’anxiété',
        'la kétamine est-elle aussi efficace contre l’anxiété que contre la dépression',
      ],
    },
    'review-2022-single-dose': {
      title: 'Revue de 2022 : une seule dose',
      summary:
        'Selon une revue de 2022, une seule perfusion de kétamine a rapidement réduit la panique, l’irritabilité et l’anxiété sociale, avec un bénéfice maintenu pendant deux semaines.',
      detail:
        'L’article cite cette revue à propos de l’anxiété : une perfusion unique a entraîné une baisse rapide, et l’effet a duré deux semaines.',
      keywords: [
        '2022',
        'revue',
        'dose unique',
        'panique',
        'irritabilité',
        'anxiété sociale',
        'deux semaines',
        '2 semaines',
      ],
      questions: [
        'une seule dose de kétamine peut-elle aider contre l’anxiété',
        'la kétamine aide-t-elle contre les crises de panique',
        'la kétamine aide-t-elle contre l’anxiété sociale',
        'combien de temps une perfusion aide-t-elle contre l’anxiété',
      ],
    },
    'glutamate-boost': {
      title: 'Comment la kétamine apaise l’anxiété',
      summary:
        'La kétamine agit sur l’anxiété en augmentant rapidement l’activité du glutamate dans le cerveau.',
      detail:
        'C’est l’explication du mécanisme selon l’article : une hausse rapide de l’activité du glutamate dans le cerveau.',
      keywords: [
        'comment ça marche',
        'mécanisme',
        'cerveau',
        'comment la kétamine réduit l’anxiété',
      ],
      questions: [
        'comment agit la kétamine',
        'que fait la kétamine dans le cerveau',
        'comment la kétamine calme-t-elle l’angoisse',
      ],
    },
    'glutamate-definition': {
      title: 'Le rôle du glutamate',
      summary:
        'Le glutamate est un transmetteur excitateur qui joue un rôle central dans la régulation de l’humeur, l’apprentissage et la mémoire.',
      detail:
        'L’article définit le glutamate en expliquant que la kétamine réduit l’anxiété en augmentant rapidement l’activité du glutamate dans le cerveau.',
      keywords: ['neurotransmetteur', 'excitateur', 'humeur', 'apprentissage', 'mémoire'],
      questions: [
        'qu’est-ce que le glutamate',
        'à quoi sert le glutamate',
        'quel rapport entre le glutamate et l’humeur',
      ],
    },
    'serotonin-vs-glutamate': {
      title: 'Le glutamate d’abord, pas la sérotonine',
      summary:
        'D’autres traitements de l’anxiété agissent sur d’autres substances du cerveau, comme la sérotonine, avant le glutamate ; la kétamine active directement le glutamate.',
      detail:
        'La différence tient à l’ordre d’action : les autres traitements passent d’abord par des substances comme la sérotonine, alors que la kétamine va tout de suite au glutamate.',
      keywords: ['sérotonine', 'substances du cerveau', 'différence', 'ordre d’action'],
      questions: [
        'la kétamine agit-elle sur la sérotonine',
        'en quoi la kétamine diffère-t-elle des autres médicaments contre l’anxiété',
        'sur quelle substance du cerveau agit la kétamine',
      ],
    },
    'anxiety-relief-in-hours': {
      title: 'Des heures, pas des semaines',
      summary:
        'Comme elle agit directement sur le glutamate, la thérapie par kétamine peut atténuer l’anxiété en quelques heures. Les antidépresseurs mettent 4 à 6 semaines à agir.',
      detail:
        'Cette rapidité vient de l’action directe sur le glutamate, contrairement aux antidépresseurs qui, selon l’article, demandent 4 à 6 semaines pour faire effet.',
      keywords: [
        'en combien de temps ça agit',
        'rapidité',
        'vitesse',
        'heures',
        '4 à 6 semaines',
        'quatre à six semaines',
        'délai d’action',
      ],
      questions: [
        'en combien de temps la kétamine agit-elle',
        'la kétamine soulage-t-elle vite l’anxiété',
        'la kétamine agit-elle plus vite que les antidépresseurs',
        'au bout de combien de temps la kétamine fait-elle effet',
      ],
    },
    'treatment-resistant-anxiety-avenue': {
      title: 'Prometteur pour l’anxiété résistante',
      summary:
        'L’article juge le traitement par kétamine prometteur pour les patients souffrant d’anxiété résistante au traitement, une fois que d’autres voies ont échoué.',
      detail:
        'L’article limite cela aux patients dont l’anxiété résiste au traitement et pour qui d’autres voies alternatives n’ont pas fonctionné.',
      keywords: ['prometteur', 'rien d’autre n’a marché', 'autres options épuisées'],
      questions: [
        'et si rien ne soulage l’anxiété',
        'la kétamine aide-t-elle une anxiété qui ne passe pas',
        'kétamine quand les autres traitements de l’anxiété ont échoué',
      ],
    },
    'kap-severe-anxiety': {
      title: 'Un espoir pour l’anxiété sévère',
      summary:
        'La psychothérapie assistée par la kétamine se montre très prometteuse contre l’anxiété sévère.',
      detail: 'L’article qualifie ce potentiel de considérable, précisément pour l’anxiété sévère.',
      keywords: ['anxiété sévère', 'prometteur', 'est-ce que ça aide l’anxiété'],
      questions: [
        'la thérapie par kétamine peut-elle aider une anxiété sévère',
        'thérapie par kétamine pour une forte angoisse',
        'la thérapie assistée par kétamine aide-t-elle contre l’anxiété',
      ],
    },
    'session-monitoring': {
      title: 'Surveillé pendant la séance',
      summary:
        'Une fois la kétamine administrée, un professionnel de santé surveille le patient pendant au moins deux heures.',
      detail:
        'La surveillance médicale fait partie d’une séance de psychothérapie assistée par la kétamine et dure au moins deux heures après la prise.',
      keywords: [
        'deux heures',
        '2 heures',
        'combien de temps sous surveillance',
        'surveillance',
        'sécurité',
        'séance',
      ],
      questions: [
        'que se passe-t-il après la prise de kétamine',
        'la thérapie par kétamine est-elle surveillée',
        'combien de temps surveille-t-on le patient après la kétamine',
        'un médecin est-il présent pendant une séance de kétamine',
      ],
    },
    'dissociation-explore-feelings': {
      title: 'Explorer ses émotions en état dissociatif',
      summary:
        'Quand les effets dissociatifs commencent, les patients peuvent explorer les émotions qui surgissent. La kétamine les détend, si bien qu’évoquer des souvenirs traumatiques peut être moins douloureux.',
      detail:
        'L’article relie ces éléments : l’état dissociatif ouvre un espace pour explorer ses émotions, et l’effet relaxant facilite l’évocation des traumatismes.',
      keywords: [
        'traumatisme',
        'souvenirs traumatiques',
        'se détendre',
        'relaxant',
        'émotions',
        'sentiments',
        'parler du traumatisme',
      ],
      questions: [
        'que se passe-t-il pendant une séance de thérapie par kétamine',
        'la kétamine aide-t-elle à parler d’un traumatisme',
        'la kétamine rend-elle les souvenirs douloureux plus faciles à évoquer',
        'la kétamine détend-elle',
      ],
    },
  },
  misconceptions: {
    'myth-just-horse-tranquiliser': {
      myth: 'La kétamine n’est qu’un tranquillisant pour chevaux.',
      correction:
        'Elle sert à mettre des animaux sous sédation, mais selon l’article elle est aussi couramment utilisée pour la sédation des personnes, donnée à plus faible dose contre la douleur, et étudiée avec la psychothérapie pour certains troubles psychiatriques.',
      keywords: ['sédatif pour animaux', 'médicament vétérinaire', 'seulement pour les animaux'],
      questions: [
        'la kétamine n’est-elle qu’un tranquillisant pour chevaux',
        'la kétamine est-elle réservée aux animaux',
        'la kétamine est-elle un produit pour chevaux',
        'la kétamine est-elle aussi utilisée chez l’humain',
      ],
      phrases: [
        'tranquillisant pour chevaux',
        'tranquillisants pour chevaux',
        'tranquillisant pour cheval',
        'tranquillisant pour les chevaux',
        'tranquillisant de cheval',
        'tranquillisant à chevaux',
        'tranquilisant pour chevaux',
        'tranquilisants pour chevaux',
        'tranquilisant pour cheval',
        'tranquilisant pour les chevaux',
        'sédatif pour chevaux',
        'sédatifs pour chevaux',
        'sédatif pour cheval',
        'sédatif pour les chevaux',
        'calmant pour chevaux',
        'calmant pour cheval',
        'anesthésiant pour chevaux',
        'anesthésiant pour cheval',
        'anesthésique pour chevaux',
        'anesthésique pour cheval',
      ],
    },
    'myth-only-a-party-drug': {
      myth: 'La kétamine n’est-elle qu’une drogue de fête ?',
      correction:
        'Selon l’article, ses effets dissociatifs la rendent courante dans un cadre récréatif, et ce mésusage lui a valu sa mauvaise réputation. Il la décrit aussi, en janvier 2024, comme autorisée pour la sédation de courte durée, donnée à plus faible dose contre la douleur et capable de renforcer la psychothérapie.',
      keywords: [
        'drogue de fête',
        'drogue festive',
        'usage récréatif',
        'drogue de rue',
        'aucun usage médical',
      ],
      questions: [
        'la kétamine est-elle juste une drogue de fête',
        'la kétamine est-elle une drogue de boîte de nuit',
        'la kétamine ne sert-elle qu’à se défoncer',
        'la kétamine a-t-elle des usages médicaux',
      ],
      phrases: [],
    },
    'myth-permanent-cure': {
      myth: 'Un seul traitement par kétamine guérit-il la dépression ?',
      correction:
        'L’article ne parle pas de guérison. Le soulagement arrive souvent vite mais dure en général peu, de quelques jours à une semaine ; le NHS a constaté que les symptômes ne s’étaient atténués qu’un jour chez 70 % de ses patients, et l’efficacité à long terme de la kétamine est mise en doute.',
      keywords: [
        'guérison',
        'permanent',
        'pour toujours',
        'solution durable',
        'miracle',
        'une seule séance',
      ],
      questions: [
        'la kétamine guérit-elle la dépression',
        'la kétamine est-elle une solution définitive',
        'un seul traitement suffit-il contre la dépression',
        'le cafard revient-il après la kétamine',
      ],
      phrases: [],
    },
    'myth-approved-in-uk': {
      myth: 'La kétamine est-elle autorisée contre la dépression au Royaume-Uni ?',
      correction:
        'En janvier 2024, la thérapie par kétamine n’est pas autorisée au Royaume-Uni : la kétamine n’y est donc utilisable contre la dépression que hors AMM. L’article ajoute que l’eskétamine, un composant de la kétamine, a été autorisée en 2019 pour la dépression résistante, sans dire où.',
      keywords: ['autorisée', 'autorisation', 'Royaume-Uni', 'autorisée par le NHS', 'légal'],
      questions: [
        'la kétamine est-elle autorisée au Royaume-Uni',
        'la kétamine est-elle légale contre la dépression en Angleterre',
        'le NHS peut-il donner de la kétamine contre la dépression',
      ],
      phrases: [],
    },
    'myth-works-slowly': {
      myth: 'La kétamine met-elle des semaines à agir, comme les antidépresseurs ?',
      correction:
        'Contre l’anxiété, la kétamine agit directement sur le glutamate et peut atténuer les symptômes en quelques heures, alors que les antidépresseurs mettent 4 à 6 semaines à agir. Contre la dépression aussi, elle soulage souvent rapidement.',
      keywords: ['lent', 'semaines', 'en combien de temps', 'rapidité'],
      questions: [
        'combien de temps faut-il pour que la kétamine agisse',
        'la kétamine met-elle des semaines comme les antidépresseurs',
        'la kétamine agit-elle vite',
      ],
      phrases: [],
    },
    'myth-replaces-therapy': {
      myth: 'La kétamine remplace-t-elle la psychothérapie ?',
      correction:
        'L’article n’envisage pas la kétamine à la place d’une thérapie. Il dit qu’associé à la psychothérapie, le traitement par kétamine peut en renforcer les effets, et que la psychothérapie est l’approche la plus durable, car elle amène à voir sa vie autrement.',
      keywords: [
        'remplacer la thérapie',
        'au lieu d’une thérapie',
        'pas besoin de thérapie',
        'le médicament seul',
      ],
      questions: [
        'la kétamine peut-elle remplacer une thérapie',
        'faut-il encore une thérapie avec la kétamine',
        'la kétamine suffit-elle sans thérapie par la parole',
      ],
      phrases: [],
    },
    'myth-take-at-home': {
      myth: 'Un traitement par kétamine peut-il se prendre seul à la maison ?',
      correction:
        'L’article ne parle pas d’usage à domicile. Il dit que les perfusions exigent un cadre clinique ou un hôpital, que l’eskétamine ne se prend qu’en clinique ou dans un cabinet médical agréé, et que le patient est ensuite surveillé par un professionnel de santé pendant deux heures ou plus.',
      keywords: [
        'à la maison',
        'à domicile',
        'sans surveillance',
        'seul',
        's’administrer soi-même',
      ],
      questions: [
        'peut-on prendre de la kétamine chez soi',
        'un traitement par kétamine peut-il se faire à domicile',
        'le traitement par kétamine est-il surveillé',
        'faut-il aller en clinique pour la kétamine',
      ],
      phrases: [],
    },
  },
};
