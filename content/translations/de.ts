import type { PackTranslationInput } from '../translation-schema';

// German. A translation of our English cards (facts from the article only), not of the article.
export const de: PackTranslationInput = {
  language: 'de',
  disclaimer:
    'Lernzusammenfassung eines einzelnen Artikels – keine medizinische Beratung und kein Ersatz für eine qualifizierte Fachperson.',
  sections: {
    intro: 'Einführung in die Anwendung von Ketamin',
    uses: 'Wofür wird Ketamin verwendet?',
    kap: 'Was ist ketamingestützte Psychotherapie?',
    misconceptions: 'Verbreitete Irrtümer über Ketamin',
    research: 'Ein genauer Blick auf die Forschung zu Ketamintherapie und Ketaminbehandlung',
    depression: 'Ein genauer Blick auf die Ketaminbehandlung bei Depressionen',
    anxiety: 'Ein genauer Blick auf Ketamin bei Angststörungen',
    mechanism: 'Wie verringert Ketamin Angstsymptome?',
    speed: 'Wie schnell wirkt Ketamin bei Angst?',
    combination: 'Wie wirken Therapie und Ketamin gemeinsam gegen Angst?',
  },
  terms: {
    ketamine: 'Ketamin',
    esketamine: 'Esketamin',
    'ketamine-assisted-psychotherapy': 'Ketamingestützte Psychotherapie',
    'ketamine-therapy': 'Ketamintherapie',
    'ketamine-infusion': 'Ketamin-Infusion',
    'dissociative-anaesthetic': 'Dissoziatives Anästhetikum',
    dissociatives: 'Dissoziativa',
    'treatment-resistant-depression': 'Therapieresistente Depression',
    'generalised-anxiety-disorder': 'Generalisierte Angststörung',
    'treatment-resistant-anxiety': 'Therapieresistente Angst',
    'off-label': 'Off-Label',
    glutamate: 'Glutamat',
    serotonin: 'Serotonin',
    depression: 'Depression',
    anxiety: 'Angst',
    psychotherapy: 'Psychotherapie',
    antidepressants: 'Antidepressiva',
    nhs: 'NHS',
    sedation: 'Sedierung',
    'pain-relief': 'Schmerzlinderung',
    psychedelics: 'Psychedelika',
  },
  cards: {
    'ketamine-reputation': {
      title: 'Der schlechte Ruf von Ketamin',
      summary:
        'Der Artikel beginnt mit dem Hinweis, dass Ketamin keinen guten Ruf hat: Manche kennen es als „Pferdeberuhigungsmittel“ oder verbinden es mit der Partyszene.',
      detail:
        'Diesem Bild will die Autorin verbreitete Irrtümer entgegenstellen und erklären, welche bemerkenswerten Wirkungen die Substanz zusammen mit Psychotherapie haben kann.',
      keywords: ['Ruf', 'Image', 'Stigma', 'schlechter Ruf', 'Partyszene', 'Vorurteile'],
      questions: [
        'warum hat Ketamin so einen schlechten Ruf',
        'warum nennt man Ketamin Pferdeberuhigungsmittel',
        'warum denkt man bei Ketamin an Partys',
      ],
    },
    'ketamine-dissociative-anaesthetic': {
      title: 'Was Ketamin ist',
      summary:
        'Ketamin ist ein dissoziatives Anästhetikum. Laut Artikel ist es (Stand Januar 2024) für medizinisches Fachpersonal zur kurzzeitigen Sedierung zugelassen.',
      detail:
        'Es gehört zu den Dissoziativa, einer Klasse psychedelischer Substanzen: Sie lassen Menschen sich losgelöst von ihrem Körper und ihrer Umgebung fühlen.',
      keywords: [
        'was ist Ketamin',
        'wofür wird es verwendet',
        'Narkose',
        'Betäubung',
        'kurzzeitige Sedierung',
        'zugelassene Anwendung',
      ],
      questions: [
        'was ist Ketamin',
        'wofür wird Ketamin benutzt',
        'ist Ketamin ein Narkosemittel',
        'macht Ketamin bewusstlos',
        'wird Ketamin zum Ruhigstellen von Patienten verwendet',
      ],
    },
    'dissociatives-definition': {
      title: 'Was Dissoziativa bewirken',
      summary:
        'Dissoziativa sind eine Gruppe psychedelischer Substanzen. Sie lassen Menschen sich vom eigenen Körper und von der Welt um sie herum abgeschnitten fühlen.',
      detail:
        'Ketamin gehört zu dieser Gruppe: Der Artikel nennt es ein dissoziatives Anästhetikum.',
      keywords: [
        'Dissoziation',
        'losgelöst',
        'abgekoppelt',
        'außerkörperlich',
        'neben sich stehen',
        'Substanzklasse',
      ],
      questions: [
        'was bedeutet dissoziativ',
        'wie fühlt sich Ketamin an',
        'warum fühlt man sich auf Ketamin losgelöst',
        'ist Ketamin ein Psychedelikum',
      ],
    },
    'kap-definition': {
      title: 'Ketamingestützte Psychotherapie',
      summary:
        'Eine neuere Anwendung von Ketamin: die Substanz zusammen mit Psychotherapie. Sie wird als Behandlung psychischer Erkrankungen wie Depression und Angst immer beliebter.',
      detail:
        'Der Artikel stellt sie als neuere Verwendung einer Substanz vor, die schon medizinisch genutzt wurde, und zwar zunehmend bei psychischen Problemen, mit Depression und Angst als Beispielen.',
      keywords: [
        'was ist KAP',
        'neuere Anwendung',
        'Beliebtheit',
        'psychische Gesundheit',
        'Ketamin und Therapie',
      ],
      questions: [
        'was ist ketamingestützte Therapie',
        'was ist KAP',
        'wird Ketamin bei psychischen Erkrankungen eingesetzt',
        'hilft Ketamin gegen Depressionen oder Angst',
      ],
    },
    'kap-decades-of-research': {
      title: 'Jahrzehnte der Forschung',
      summary:
        'Laut Artikel deutet Forschung aus mehreren Jahrzehnten auf Erfolge der ketamingestützten Psychotherapie hin.',
      detail:
        'Einzelne Studien nennt der Artikel nicht; er beschreibt eine über Jahrzehnte gewachsene Forschung, die über positive Ergebnisse des Ansatzes berichtet.',
      keywords: ['Jahrzehnte Forschung', 'Belege', 'Studien', 'wirkt es', 'Erfolg'],
      questions: [
        'wirkt Ketamintherapie',
        'gibt es Forschung zur Ketamintherapie',
        'wird Ketamintherapie schon lange erforscht',
      ],
    },
    'kap-trance-alternative-routes': {
      title: 'Ein anderer Weg durch schwierige Themen',
      summary:
        'Die tranceartige Wirkung von Ketamin kann der Therapie andere Zugänge zu Problemen öffnen, die Patienten mit klassischen Gesprächstherapien sonst vielleicht schwer überwunden hätten.',
      detail:
        'Der Artikel schreibt der tranceartigen Qualität der Substanz alternative Wege zu: Patienten können womöglich Schwierigkeiten bearbeiten, bei denen Gesprächstherapie allein ihnen vielleicht nicht geholfen hätte.',
      keywords: [
        'Trance',
        'tranceartig',
        'Gesprächstherapie',
        'warum kombinieren',
        'andere Wege',
        'in der Therapie feststecken',
      ],
      questions: [
        'warum Ketamin mit Therapie kombinieren',
        'was bringt der Trancezustand in der Therapie',
        'hilft Ketamin, wenn Gesprächstherapie nicht reicht',
        'in der Therapie nicht weiterkommen',
      ],
    },
    'negative-connotations': {
      title: 'Woher das negative Bild kommt',
      summary:
        'Ketamin wird oft als bloßes „Pferdeberuhigungsmittel“ abgetan, und seine dissoziative Wirkung macht es zu einer verbreiteten Freizeitdroge. Missbrauch und falsche Etikettierung brachten es in Verruf.',
      detail:
        'Der Artikel nennt zwei Quellen des Stigmas: die abwertende Bezeichnung als Pferdeberuhigungsmittel und den Freizeitkonsum wegen der dissoziativen Wirkung.',
      keywords: [
        'Pferdeberuhigungsmittel',
        'Freizeitkonsum',
        'Missbrauch',
        'Partydroge',
        'Stigma',
        'falsches Etikett',
      ],
      questions: [
        'warum hat Ketamin einen schlechten Ruf',
        'ist Ketamin eine Partydroge',
        'wird Ketamin als Droge genommen',
        'warum gilt Ketamin als Pferdeberuhigungsmittel',
      ],
    },
    'medical-uses': {
      title: 'In Medizin und Therapie im Einsatz',
      summary:
        'Laut Artikel ist Ketamin in der Psychotherapie und in der allgemeinen Medizin wirksam, und es wird routinemäßig gegeben, um Tiere wie Menschen zu sedieren.',
      detail:
        'Die Sedierung von Tieren ist nur ein Teil davon: Dieselbe Substanz wird routinemäßig zur Sedierung von Menschen eingesetzt und hat auch ihren Platz in der psychotherapeutischen Praxis.',
      keywords: ['Tiere', 'Menschen', 'Tierarzt', 'sedieren', 'medizinische Anwendung'],
      questions: [
        'ist Ketamin nur für Tiere',
        'wird Ketamin bei Menschen eingesetzt',
        'benutzen Tierärzte Ketamin',
        'ist Ketamin ein echtes Medikament',
      ],
    },
    'low-dose-pain-relief': {
      title: 'Niedrigere Dosen gegen Schmerzen',
      summary:
        'In niedrigeren Dosen wird Ketamin zur Schmerzlinderung gegeben, etwa bei Knochenbrüchen (Frakturen), Bauchschmerzen oder lang anhaltenden (chronischen) Schmerzen.',
      detail:
        'Gegen Schmerzen werden laut Artikel niedrigere Dosen verwendet; seine Beispiele sind Knochenbrüche, Bauchschmerzen und lang andauernde (chronische) Schmerzen.',
      keywords: [
        'niedrige Dosis',
        'Schmerzmittel',
        'Knochenbruch',
        'Frakturen',
        'chronische Schmerzen',
        'Bauchschmerzen',
      ],
      questions: [
        'ist Ketamin ein Schmerzmittel',
        'wird Ketamin gegen Schmerzen eingesetzt',
        'hilft Ketamin bei chronischen Schmerzen',
        'bekommt man Ketamin bei Knochenbrüchen',
      ],
    },
    'psychiatric-research': {
      title: 'Erste Hinweise auf psychiatrischen Nutzen',
      summary:
        'Die Forschung beginnt, Vorteile der ketamingestützten Psychotherapie bei bestimmten psychiatrischen Erkrankungen aufzuzeigen.',
      detail:
        'Der Artikel beschreibt das als frühe Arbeit: Die Vorteile zeigen sich gerade erst, und nur bei bestimmten psychiatrischen Erkrankungen.',
      keywords: ['psychiatrische Erkrankungen', 'psychische Krankheit', 'Forschung', 'Nutzen'],
      questions: [
        'hilft Ketamin bei psychischen Krankheiten',
        'wird Ketamin in der Psychiatrie eingesetzt',
        'welche Vorteile hat Ketamintherapie',
      ],
    },
    'used-when-other-treatments-fail': {
      title: 'Wenn andere Behandlungen nicht geholfen haben',
      summary:
        'Auf Ketamintherapie wird oft zurückgegriffen, wenn Depression oder Angst auf andere Behandlungen nicht angesprochen hat.',
      detail:
        'Der Artikel ordnet sie nach anderen Behandlungen ein: Sie wird oft dort eingesetzt, wo Depression oder Angst diesen widerstanden hat.',
      keywords: [
        'für wen',
        'letzter Ausweg',
        'resistent',
        'andere Behandlungen gescheitert',
        'wann wird es eingesetzt',
      ],
      questions: [
        'für wen ist Ketamintherapie',
        'wann wird Ketamintherapie eingesetzt',
        'was, wenn andere Behandlungen gegen Depression nicht helfen',
        'ist Ketamin der letzte Ausweg',
      ],
    },
    'nhs-70-percent': {
      title: 'Schnell, aber vorübergehend: ein Tag bei 70 %',
      summary:
        'Ketaminbehandlung kann bei schwerem Leiden schnell, aber nur vorübergehend helfen: Laut NHS ließen bei 70 % der wegen Depression behandelten Patienten die Symptome nur einen Tag lang nach.',
      detail:
        'Die Zahl stammt vom NHS, wie der Artikel berichtet: Bei 70 % der mit Ketamin gegen Depression behandelten Patienten hielt die Besserung der Symptome einen einzigen Tag an.',
      keywords: [
        '70 %',
        '70 Prozent',
        'siebzig Prozent',
        'ein Tag',
        'einen Tag',
        'vorübergehend',
        'schnelle Lösung',
        'wie lange hält es an',
      ],
      questions: [
        'wie lange hilft Ketamin gegen Depressionen',
        'hilft Ketamin, wenn man down ist',
        'lässt die Wirkung nach einem Tag nach',
        'ist Ketamin eine schnelle Lösung',
      ],
    },
    'psychotherapy-longer-lasting': {
      title: 'Psychotherapie wirkt länger, braucht aber Zeit',
      summary:
        'Psychotherapie wirkt meist länger, weil sie Menschen dazu bringt, ihr Leben neu zu sehen. Dieser Wandel zahlt sich langfristig oft besser aus, braucht aber mehr Zeit.',
      detail:
        'Der Artikel stellt sie einander gegenüber: Ketamin wirkt schnell, aber kurz, Psychotherapie über einen langsameren Perspektivwechsel, der langfristig oft wirksamer ist.',
      keywords: [
        'langfristig',
        'Gesprächstherapie',
        'braucht Zeit',
        'was ist besser',
        'Perspektive',
      ],
      questions: [
        'ist Therapie besser als Ketamin',
        'was wirkt länger, Therapie oder Ketamin',
        'warum dauert Therapie so lange',
      ],
    },
    'combination-enhances-psychotherapy': {
      title: 'Gemeinsam kann Ketamin die Therapie stärken',
      summary:
        'In Kombination mit Psychotherapie kann eine Ketaminbehandlung die Wirkung dieser Therapie verstärken.',
      detail:
        'Laut Artikel kann eine Ketaminbehandlung, wenn beides zusammen eingesetzt wird, das verstärken, was Psychotherapie bewirkt; um wie viel, sagt er nicht.',
      keywords: [
        'Kombination',
        'kombiniert',
        'zusammen',
        'verstärken',
        'steigern',
        'Therapie ersetzen',
      ],
      questions: [
        'wirkt Therapie mit Ketamin besser',
        'Ketamin und Therapie zusammen',
        'kann Ketamin Gesprächstherapie verstärken',
      ],
    },
    'not-approved-uk': {
      title: 'Ketamintherapie im Vereinigten Königreich',
      summary:
        'Trotz wachsender Forschung ist Ketamintherapie im Vereinigten Königreich (Stand Januar 2024) nicht zugelassen, daher darf Ketamin dort gegen Depression nur off-label eingesetzt werden.',
      detail:
        'Stand Januar 2024 nennt der Artikel die fehlende Zulassung im Vereinigten Königreich als Grund, warum Ketamin gegen Depression dort nur off-label verwendet werden kann, also für etwas anderes als das, wofür es zugelassen ist.',
      keywords: [
        'ist es zugelassen',
        'in Großbritannien zugelassen',
        'legal',
        'Zulassung',
        'lizenziert',
        'Vereinigtes Königreich',
        'Großbritannien',
        'England',
      ],
      questions: [
        'ist Ketamintherapie in Großbritannien legal',
        'ist Ketamin in England gegen Depressionen zugelassen',
        'darf Ketamin in Großbritannien gegen Depression verschrieben werden',
        'hat Ketamin eine Zulassung in UK',
      ],
    },
    'off-label-meaning': {
      title: 'Was „off-label“ bedeutet',
      summary:
        'Off-Label-Verschreibung heißt, eine Behandlung wird für einen anderen Zweck verschrieben als den, für den sie zugelassen ist; Ketamin gegen Depression im Vereinigten Königreich ist (Stand Januar 2024) ein Beispiel.',
      detail:
        'Stand Januar 2024 ist Ketamintherapie laut Artikel im Vereinigten Königreich nicht zugelassen, daher fällt Ketamin gegen Depression dort unter diese Off-Label-Kategorie.',
      keywords: ['was heißt off-label', 'off label Bedeutung', 'ohne Zulassung', 'zugelassen für'],
      questions: [
        'was bedeutet off-label',
        'was ist eine Off-Label-Verschreibung',
        'warum wird Ketamin off-label verschrieben',
      ],
    },
    'infusion-intravenous': {
      title: 'Ketamin-Infusionen gehen in die Vene',
      summary:
        'Bei der Ketamin-Infusion gelangt die Substanz intravenös in den Körper, daher muss sie in einer Klinik oder einem Krankenhaus stattfinden. Da sie sofort ins Blut geht, wird sie schnell und gut aufgenommen.',
      detail:
        'Die intravenöse Gabe ist der Grund, warum ein klinisches Umfeld oder Krankenhaus nötig ist. Weil die Substanz sofort ins Blut gelangt, nimmt der Körper sie schnell und wirksam auf.',
      keywords: [
        'intravenös',
        'Tropf',
        'wie wird es gegeben',
        'wie nimmt man es',
        'Krankenhaus',
        'Blutbahn',
        'Aufnahme',
      ],
      questions: [
        'wie wird Ketamin verabreicht',
        'bekommt man Ketamin über einen Tropf',
        'wird Ketamin in die Vene gegeben',
        'warum braucht eine Ketamin-Infusion ein Krankenhaus',
        'wie schnell wird Ketamin aufgenommen',
      ],
    },
    'infusion-off-label-trd': {
      title: 'Infusionen bei therapieresistenter Depression',
      summary:
        'Laut Artikel dürfen Ketamin-Infusionen (Stand Januar 2024) Menschen mit therapieresistenter Depression off-label verschrieben werden.',
      detail:
        'Das ist eine der Off-Label-Anwendungen, die der Artikel beschreibt: Infusionen bei Depression, die sich nach mindestens zwei Medikamenten nicht gebessert hat.',
      keywords: ['verschrieben', 'Infusion bei Depression', 'wer bekommt es'],
      questions: [
        'dürfen Ärzte Ketamin-Infusionen gegen Depression verschreiben',
        'wer bekommt Ketamin-Infusionen',
        'Ketamin-Tropf bei Depression, die nicht weggeht',
      ],
    },
    'trd-definition': {
      title: 'Therapieresistente Depression',
      summary:
        'Eine Depression gilt als therapieresistent, wenn sie sich nach dem Versuch mit mindestens zwei Medikamenten nicht gebessert hat.',
      detail:
        'Diese Definition verwendet der Artikel, wenn er beschreibt, wem Ketamin-Infusionen off-label angeboten werden können.',
      keywords: [
        'was ist therapieresistente Depression',
        'zwei Medikamente',
        'mindestens zwei Medikamente',
        '2 Antidepressiva',
        'Definition',
      ],
      questions: [
        'was ist eine therapieresistente Depression',
        'wann gilt eine Depression als therapieresistent',
        'Depression, bei der Medikamente nicht helfen',
      ],
    },
    'depression-research-stronger': {
      title: 'Bei Depression ist die Forschung solider',
      summary:
        'Die Forschung zu Ketamin bei Depression ist weit solider als die zu Ketamin bei Angst.',
      detail:
        'Nach Darstellung des Artikels ist die Beweislage bei Depression deutlich fester, während der Zusammenhang mit Angst noch weniger gesichert ist.',
      keywords: ['Belege', 'bessere Forschung', 'wie gut ist die Beweislage', 'Studien'],
      questions: [
        'ist die Forschung bei Depression oder bei Angst besser',
        'wie gut ist Ketamin gegen Depressionen erforscht',
        'ist Ketamin gegen Depression bewiesen',
      ],
    },
    'esketamine-licensed-2019': {
      title: 'Esketamin bei therapieresistenter Depression',
      summary:
        'Stand Januar 2024 ist Ketamin laut Artikel nicht zur Behandlung von Depression zugelassen, Esketamin aber, das er einen Bestandteil von Ketamin nennt, wurde 2019 für therapieresistente Depression zugelassen.',
      detail:
        'Stand Januar 2024 nennt der Artikel 2019 als das Jahr, in dem Esketamin für therapieresistente Depression zugelassen wurde. Wo die Zulassung erteilt wurde, sagt er nicht.',
      keywords: ['2019', 'zugelassen', 'Zulassung', 'Spravato', 'Bestandteil von Ketamin'],
      questions: [
        'was ist Esketamin',
        'ist Esketamin zugelassen',
        'seit wann ist Esketamin zugelassen',
        'ist Esketamin dasselbe wie Ketamin',
      ],
    },
    'esketamine-clinic-monitoring': {
      title: 'In der Klinik eingenommen, dann überwacht',
      summary:
        'Esketamin wird nur in Kliniken oder zertifizierten Arztpraxen gegeben, und danach behält eine medizinische Fachkraft den Patienten zwei Stunden oder länger im Blick.',
      detail:
        'Der Artikel beschreibt die Einnahme vor Ort; danach bleibt der Patient mindestens zwei Stunden unter medizinischer Beobachtung.',
      keywords: [
        'zwei Stunden',
        '2 Stunden',
        'wie lange wird man überwacht',
        'beaufsichtigt',
        'Klinik',
        'Arztpraxis',
        'zu Hause',
      ],
      questions: [
        'kann man Esketamin zu Hause nehmen',
        'wo bekommt man Esketamin',
        'wie lange bleibt man nach Esketamin in der Praxis',
        'wird man nach der Dosis beobachtet',
      ],
    },
    'rapid-but-short-lived': {
      title: 'Schnelle Linderung, die nachlässt',
      summary:
        'Ketamin bringt oft schnell Linderung, die aber meist wieder nachlässt, typischerweise nach einigen Tagen bis einer Woche. Ob es langfristig wirkt, ist eine offene Frage.',
      detail:
        'Laut Artikel gilt das für Depression und ähnlich für Angst. Weil die Linderung meist innerhalb etwa einer Woche nachlässt, ist unsicher, ob Ketamin langfristig helfen kann.',
      keywords: [
        'wie lange hält es an',
        'Dauer',
        'lässt nach',
        'ein paar Tage bis eine Woche',
        'eine Woche',
        'Langzeitwirkung',
        'kurzlebig',
        'dauerhaft',
        'Heilung',
      ],
      questions: [
        'wie lange wirkt Ketamin',
        'heilt Ketamin Depressionen',
        'wann lässt die Wirkung nach',
        'ist Ketamin eine dauerhafte Lösung',
        'vertreibt Ketamin die trübe Stimmung für immer',
      ],
    },
    'gad-50-percent': {
      title: 'Etwa die Hälfte der GAS-Patienten ist therapieresistent',
      summary:
        'Laut Artikel sind schätzungsweise etwa 50 % der Patienten mit generalisierter Angststörung (GAS) therapieresistent.',
      detail: 'Der Artikel gibt das als Schätzung an („etwa“ 50 %), nicht als genaue Zahl.',
      keywords: [
        '50 %',
        '50 Prozent',
        'Hälfte',
        'fünfzig Prozent',
        'therapieresistent',
        'spricht nicht auf Behandlung an',
      ],
      questions: [
        'wie viele Menschen mit Angst sprechen nicht auf Behandlung an',
        'wie häufig ist therapieresistente Angst',
        'ständiges Sorgen, bei dem Behandlung nicht hilft',
      ],
    },
    'anxiety-off-label': {
      title: 'Off-label bei Angst',
      summary:
        'Laut Artikel können Ärzte Ketamin (Stand Januar 2024) bei Angst, die auf Behandlung nicht anspricht, ebenfalls off-label verschreiben.',
      detail:
        'Wie bei Depression ist Ketamin gegen Angst eine Off-Label-Verschreibung, die der Artikel für Fälle beschreibt, die anderen Behandlungen widerstanden haben.',
      keywords: ['bei Angst verschrieben', 'ist es für Angst zugelassen', 'Ärzte'],
      questions: [
        'dürfen Ärzte Ketamin gegen Angst verschreiben',
        'ist Ketamin gegen Angst zugelassen',
        'Ketamin gegen Angst, die nicht weggeht',
      ],
    },
    'anxiety-evidence-weaker': {
      title: 'Zusammenhang mit Angst weniger gesichert',
      summary:
        'Bei Angst ist die Beweislage zu Ketamin weniger gesichert als bei Depression, auch wenn einige Studien ähnliche Ergebnisse sehen.',
      detail:
        'Der Artikel bleibt hier vorsichtig: Die Forschung zu Angst ist weniger gesichert, und nur einige Studien berichten Ergebnisse, die denen bei Depression ähneln.',
      keywords: ['Belege', 'ist die Forschung gut', 'weniger gesichert', 'einige Studien'],
      questions: [
        'wirkt Ketamin gegen Angst',
        'gibt es gute Belege für Ketamin bei Angst',
        'hilft Ketamin bei Angst so gut wie bei Depression',
      ],
    },
    'review-2022-single-dose': {
      title: 'Übersichtsarbeit 2022: Einzeldosen',
      summary:
        'Laut einer Übersichtsarbeit von 2022 verringerte eine einzige Ketamin-Infusion rasch Panik, Reizbarkeit und soziale Angst, und die Wirkung hielt zwei Wochen an.',
      detail:
        'Der Artikel zitiert diese Übersicht zu Angst: Eine einzelne Infusion brachte rasche Besserung, und die Wirkung hielt zwei Wochen lang an.',
      keywords: [
        '2022',
        'Übersichtsarbeit',
        'Einzeldosis',
        'Panik',
        'Reizbarkeit',
        'soziale Angst',
        'zwei Wochen',
        '2 Wochen',
      ],
      questions: [
        'hilft eine einzige Dosis Ketamin gegen Angst',
        'hilft Ketamin bei Panikattacken',
        'hilft Ketamin bei sozialer Angst',
        'wie lange hilft eine Infusion gegen Angst',
      ],
    },
    'glutamate-boost': {
      title: 'Wie Ketamin Angst lindert',
      summary: 'Ketamin wirkt gegen Angst, indem es die Glutamat-Aktivität im Gehirn rasch erhöht.',
      detail:
        'So erklärt der Artikel den Mechanismus: eine schnelle Steigerung der Glutamat-Aktivität im Gehirn.',
      keywords: ['wie wirkt es', 'Wirkmechanismus', 'Gehirn', 'wie senkt Ketamin Angst'],
      questions: [
        'wie wirkt Ketamin',
        'was macht Ketamin im Gehirn',
        'wie beruhigt Ketamin die Angst',
      ],
    },
    'glutamate-definition': {
      title: 'Was Glutamat macht',
      summary:
        'Glutamat ist ein erregender Botenstoff, der eine zentrale Rolle bei der Regulierung der Stimmung, beim Lernen und beim Gedächtnis spielt.',
      detail:
        'Der Artikel erklärt Glutamat, während er beschreibt, dass Ketamin Angst durch eine rasche Steigerung der Glutamat-Aktivität im Gehirn verringert.',
      keywords: ['Neurotransmitter', 'Botenstoff', 'erregend', 'Stimmung', 'Lernen', 'Gedächtnis'],
      questions: [
        'was ist Glutamat',
        'wofür ist Glutamat im Gehirn da',
        'was hat Glutamat mit der Stimmung zu tun',
      ],
    },
    'serotonin-vs-glutamate': {
      title: 'Zuerst Glutamat, nicht Serotonin',
      summary:
        'Andere Angstbehandlungen wirken vor Glutamat auf andere Botenstoffe wie Serotonin; Ketamin aktiviert Glutamat sofort.',
      detail:
        'Der Unterschied liegt in der Reihenfolge: Andere Behandlungen gehen zuerst über Botenstoffe wie Serotonin, Ketamin geht sofort an Glutamat.',
      keywords: ['Serotonin', 'Botenstoffe', 'Unterschied', 'Reihenfolge der Wirkung'],
      questions: [
        'wirkt Ketamin auf Serotonin',
        'wie unterscheidet sich Ketamin von anderen Angstmitteln',
        'auf welchen Botenstoff wirkt Ketamin',
      ],
    },
    'anxiety-relief-in-hours': {
      title: 'Stunden statt Wochen',
      summary:
        'Weil sie direkt auf Glutamat wirkt, kann Ketamintherapie Angstsymptome binnen Stunden lindern. Antidepressiva brauchen 4–6 Wochen, bis sie wirken.',
      detail:
        'Die Geschwindigkeit kommt von der direkten Wirkung auf Glutamat, anders als bei Antidepressiva, die laut Artikel 4–6 Wochen brauchen, um zu wirken.',
      keywords: [
        'wie schnell wirkt es',
        'wie rasch',
        'Geschwindigkeit',
        'Stunden',
        '4–6 Wochen',
        'vier bis sechs Wochen',
        'Wirkungseintritt',
      ],
      questions: [
        'wie schnell wirkt Ketamin',
        'wie schnell hilft Ketamin gegen Angst',
        'wirkt Ketamin schneller als Antidepressiva',
        'wann setzt die Wirkung von Ketamin ein',
      ],
    },
    'treatment-resistant-anxiety-avenue': {
      title: 'Vielversprechend bei therapieresistenter Angst',
      summary:
        'Der Artikel nennt die Ketaminbehandlung vielversprechend für Patienten mit therapieresistenter Angst, wenn andere Wege erfolglos geblieben sind.',
      detail:
        'Der Artikel beschränkt das auf Patienten, deren Angst therapieresistent ist und bei denen andere alternative Wege nicht funktioniert haben.',
      keywords: ['vielversprechend', 'nichts anderes hat geholfen', 'andere Optionen gescheitert'],
      questions: [
        'was, wenn nichts gegen die Angst hilft',
        'hilft Ketamin bei Angst, die nicht weggeht',
        'Ketamin, wenn andere Angstbehandlungen gescheitert sind',
      ],
    },
    'kap-severe-anxiety': {
      title: 'Hoffnung bei schwerer Angst',
      summary: 'Ketamingestützte Psychotherapie ist bei schwerer Angst durchaus vielversprechend.',
      detail:
        'Der Artikel beschreibt das Potenzial als beträchtlich, und zwar ausdrücklich bei schwerer Angst.',
      keywords: ['schwere Angst', 'vielversprechend', 'hilft es bei Angst'],
      questions: [
        'kann Ketamintherapie bei schwerer Angst helfen',
        'Ketamintherapie bei starker Angst',
        'hilft ketamingestützte Therapie gegen Angst',
      ],
    },
    'session-monitoring': {
      title: 'Überwacht während der Sitzung',
      summary:
        'Nach der Gabe von Ketamin überwacht eine medizinische Fachkraft den Patienten mindestens zwei Stunden lang.',
      detail:
        'Medizinische Aufsicht gehört zu einer Sitzung ketamingestützter Psychotherapie und dauert nach der Gabe mindestens zwei Stunden.',
      keywords: [
        'zwei Stunden',
        '2 Stunden',
        'wie lange wird man überwacht',
        'Aufsicht',
        'Sicherheit',
        'Sitzung',
      ],
      questions: [
        'was passiert, nachdem Ketamin gegeben wurde',
        'wird Ketamintherapie überwacht',
        'wie lange wird man nach Ketamin beobachtet',
        'ist während einer Ketamin-Sitzung ein Arzt dabei',
      ],
    },
    'dissociation-explore-feelings': {
      title: 'Gefühle im dissoziierten Zustand erkunden',
      summary:
        'Wenn die dissoziative Wirkung einsetzt, können Patienten die Gefühle erkunden, die aufkommen. Ketamin entspannt sie, sodass das Sprechen über traumatische Erinnerungen weniger wehtun kann.',
      detail:
        'Der Artikel verbindet beides: Der dissoziative Zustand öffnet Raum, Gefühle zu erkunden, und die entspannende Wirkung erleichtert das Sprechen über Traumata.',
      keywords: [
        'Trauma',
        'traumatische Erinnerungen',
        'entspannen',
        'entspannend',
        'Emotionen',
        'Gefühle',
        'über Trauma sprechen',
      ],
      questions: [
        'was passiert in einer Ketamin-Therapiesitzung',
        'hilft Ketamin, über Trauma zu sprechen',
        'macht Ketamin es leichter, über schmerzhafte Erinnerungen zu reden',
        'entspannt Ketamin',
      ],
    },
  },
  misconceptions: {
    'myth-just-horse-tranquiliser': {
      myth: 'Ketamin ist bloß ein Pferdeberuhigungsmittel.',
      correction:
        'Es wird zur Sedierung von Tieren verwendet, doch laut Artikel wird es auch routinemäßig bei Menschen zur Sedierung eingesetzt, in niedrigeren Dosen gegen Schmerzen gegeben und zusammen mit Psychotherapie bei einigen psychiatrischen Erkrankungen erforscht.',
      keywords: ['Beruhigungsmittel für Tiere', 'Tierarzt-Medikament', 'nur für Tiere'],
      questions: [
        'ist Ketamin nur ein Pferdeberuhigungsmittel',
        'ist Ketamin nur für Tiere',
        'ist Ketamin ein Pferdemedikament',
        'wird Ketamin auch bei Menschen eingesetzt',
      ],
      phrases: [
        'Pferdeberuhigungsmittel',
        'Pferdeberuhigungsmitteln',
        'Pferdeberuhigungsmittels',
        'Pferde-Beruhigungsmittel',
        'Pferde-Beruhigungsmitteln',
        'Pferde-Beruhigungsmittels',
        'Pferde Beruhigungsmittel',
        'Beruhigungsmittel für Pferde',
        'Beruhigungsmitteln für Pferde',
        'Beruhigungsmittels für Pferde',
        'Pferdetranquilizer',
        'Pferdetranquilizern',
        'Pferdetranquilizers',
        'Pferde-Tranquilizer',
        'Pferde-Tranquilizern',
        'Pferde-Tranquilizers',
        'Tranquilizer für Pferde',
        'Pferdebetäubungsmittel',
        'Pferdebetäubungsmitteln',
        'Pferdebetäubungsmittels',
        'Pferde-Betäubungsmittel',
        'Pferde-Betäubungsmitteln',
        'Pferde-Betäubungsmittels',
        'Betäubungsmittel für Pferde',
      ],
    },
    'myth-only-a-party-drug': {
      myth: 'Ist Ketamin bloß eine Partydroge?',
      correction:
        'Laut Artikel machen seine dissoziativen Wirkungen es in der Freizeitszene verbreitet, und dieser Missbrauch brachte es in Verruf. Zugleich beschreibt er es (Stand Januar 2024) als zur kurzzeitigen Sedierung zugelassen, in niedrigeren Dosen gegen Schmerzen gegeben und als Verstärker der Psychotherapie.',
      keywords: [
        'Partydroge',
        'Clubdroge',
        'Freizeitdroge',
        'Straßendroge',
        'kein medizinischer Nutzen',
      ],
      questions: [
        'ist Ketamin nur eine Partydroge',
        'ist Ketamin eine Clubdroge',
        'wird Ketamin nur zum Feiern genommen',
        'hat Ketamin einen medizinischen Nutzen',
      ],
      phrases: [],
    },
    'myth-permanent-cure': {
      myth: 'Heilt eine einzige Ketaminbehandlung Depressionen?',
      correction:
        'Von Heilung ist keine Rede. Die Linderung kommt oft schnell, hält aber meist nur wenige Tage bis eine Woche an; laut NHS ließen die Symptome bei 70 % der Patienten nur einen Tag nach, und ob Ketamin langfristig wirkt, ist fraglich.',
      keywords: [
        'Heilung',
        'dauerhaft',
        'für immer',
        'bleibende Lösung',
        'Wundermittel',
        'eine Sitzung',
      ],
      questions: [
        'heilt Ketamin Depressionen',
        'ist Ketamin eine dauerhafte Lösung',
        'ist die Depression nach einer Behandlung für immer weg',
        'kommt das Stimmungstief nach Ketamin zurück',
      ],
      phrases: [],
    },
    'myth-approved-in-uk': {
      myth: 'Ist Ketamin im Vereinigten Königreich zur Behandlung von Depressionen zugelassen?',
      correction:
        'Stand Januar 2024 ist Ketamintherapie im Vereinigten Königreich nicht zugelassen, Ketamin kann dort gegen Depression also nur off-label eingesetzt werden. Der Artikel ergänzt, dass Esketamin, ein Bestandteil von Ketamin, 2019 für therapieresistente Depression zugelassen wurde, sagt aber nicht, wo.',
      keywords: ['zugelassen', 'Zulassung', 'Großbritannien', 'vom NHS zugelassen', 'legal'],
      questions: [
        'ist Ketamin in Großbritannien zugelassen',
        'ist Ketamin gegen Depressionen in England legal',
        'gibt der NHS Ketamin gegen Depressionen',
      ],
      phrases: [],
    },
    'myth-works-slowly': {
      myth: 'Braucht Ketamin wie Antidepressiva Wochen, bis es wirkt?',
      correction:
        'Bei Angst wirkt Ketamin direkt auf Glutamat und kann Symptome binnen Stunden lindern, während Antidepressiva 4–6 Wochen brauchen. Auch bei Depression bringt es oft rasche Linderung.',
      keywords: ['langsam', 'Wochen', 'wie schnell', 'Geschwindigkeit'],
      questions: [
        'wie lange dauert es, bis Ketamin wirkt',
        'braucht Ketamin Wochen wie Antidepressiva',
        'wie schnell schlägt Ketamin an',
      ],
      phrases: [],
    },
    'myth-replaces-therapy': {
      myth: 'Ersetzt Ketamin die Psychotherapie?',
      correction:
        'Ketamin statt Therapie behandelt der Artikel nicht. Er sagt, dass eine Ketaminbehandlung in Kombination mit Psychotherapie deren Wirkung verstärken kann und dass Psychotherapie der länger wirkende Ansatz ist, weil sie Menschen ihr Leben anders sehen lässt.',
      keywords: [
        'Therapie ersetzen',
        'statt Therapie',
        'keine Therapie nötig',
        'nur das Medikament',
      ],
      questions: [
        'kann Ketamin eine Therapie ersetzen',
        'braucht man mit Ketamin noch Therapie',
        'reicht Ketamin ohne Gesprächstherapie',
      ],
      phrases: [],
    },
    'myth-take-at-home': {
      myth: 'Kann eine Ketaminbehandlung allein zu Hause erfolgen?',
      correction:
        'Heimanwendung behandelt der Artikel nicht. Er sagt, dass Infusionen ein klinisches Umfeld oder Krankenhaus brauchen, Esketamin nur in einer Klinik oder zertifizierten Arztpraxis genommen wird und Patienten danach zwei Stunden oder länger von einer medizinischen Fachkraft beobachtet werden.',
      keywords: ['zu Hause', 'Heimanwendung', 'unbeaufsichtigt', 'allein', 'selbst verabreichen'],
      questions: [
        'kann man Ketamin zu Hause nehmen',
        'geht eine Ketaminbehandlung zu Hause',
        'wird eine Ketaminbehandlung überwacht',
        'braucht man für Ketamin eine Klinik',
      ],
      phrases: [],
    },
  },
};
