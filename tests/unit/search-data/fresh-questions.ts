// Reader questions written to measure the search, NOT used to write keywords, questions or the
// lay-word table: plain English wording, German, French, Spanish and Russian, some with typos.
// Each expects one of a few card ids among the top 3, or a kind of statement.

export type Expected =
  | { ids: readonly string[] }
  | { safety: string }
  | { notCovered: true }
  | { noMatch: true };

export type FreshQuestion = readonly [
  language: 'en' | 'de' | 'fr' | 'es' | 'ru',
  query: string,
  expected: Expected,
];

const ids = (...list: string[]): Expected => ({ ids: list });
const safety = (topic: string): Expected => ({ safety: topic });
const notCovered: Expected = { notCovered: true };

const SHORT_LIVED = ['rapid-but-short-lived', 'nhs-70-percent', 'myth-permanent-cure'];
const SPEED = ['anxiety-relief-in-hours', 'myth-works-slowly', 'nhs-70-percent'];
const UK = ['not-approved-uk', 'myth-approved-in-uk', 'off-label-meaning'];
const HORSE = ['myth-just-horse-tranquiliser', 'medical-uses', 'negative-connotations'];
const PARTY = ['myth-only-a-party-drug', 'negative-connotations', 'ketamine-reputation'];
const VEIN = ['infusion-intravenous', 'review-2022-single-dose', 'infusion-off-label-trd'];
const WATCHED = ['session-monitoring', 'esketamine-clinic-monitoring', 'myth-take-at-home'];
const THERAPY = [
  'myth-replaces-therapy',
  'combination-enhances-psychotherapy',
  'psychotherapy-longer-lasting',
];
const BRAIN = ['glutamate-boost', 'glutamate-definition', 'serotonin-vs-glutamate'];
const ESKETAMINE = [
  'esketamine-licensed-2019',
  'esketamine-clinic-monitoring',
  'myth-approved-in-uk',
];
const HOME = ['myth-take-at-home', 'esketamine-clinic-monitoring', 'infusion-intravenous'];

export const FRESH_QUESTIONS: readonly FreshQuestion[] = [
  ['en', 'do the good effects fade away after a while', ids(...SHORT_LIVED)],
  ['en', 'how soon would somebody notice a difference', ids(...SPEED)],
  ['en', 'do they stick a needle in your arm for it', ids(...VEIN)],
  ['en', 'isnt it just something vets give to horses', ids(...HORSE)],
  ['en', 'people take it at raves dont they', ids(...PARTY)],
  ['en', 'why has it got such a bad rep', ids('ketamine-reputation', 'negative-connotations')],
  ['en', 'can a GP prescribe it in england', ids(...UK)],
  ['en', 'which brain chemical does it change', ids(...BRAIN)],
  ['en', 'would i still have to see a therapist', ids(...THERAPY)],
  ['en', 'does someone keep an eye on you afterwards', ids(...WATCHED)],
  [
    'en',
    'could it lift my low mood',
    ids(
      'kap-definition',
      'nhs-70-percent',
      'used-when-other-treatments-fail',
      'rapid-but-short-lived',
      'depression-research-stronger',
    ),
  ],
  [
    'en',
    'does it make you feel spaced out',
    ids(
      'dissociatives-definition',
      'ketamine-dissociative-anaesthetic',
      'dissociation-explore-feelings',
    ),
  ],
  ['en', 'can i do it myself at home', ids(...HOME)],
  ['en', 'can it make you throw up', safety('side-effects')],
  ['en', 'is it ok to drive home afterwards', safety('driving')],
  ['en', 'whats the right amount to take', safety('dose')],
  ['en', 'will it interact with my sertraline', safety('alcohol-and-other-drugs')],
  ['en', 'ketamine for ptsd after the army', notCovered],
  ['en', 'is it legal in australia', notCovered],
  [
    'en',
    'ketamin for anxeity',
    ids(
      'kap-severe-anxiety',
      'glutamate-boost',
      'anxiety-off-label',
      'anxiety-relief-in-hours',
      'review-2022-single-dose',
      'anxiety-evidence-weaker',
    ),
  ],

  ['de', 'Ist Ketamin nur ein Beruhigungsmittel für Pferde?', ids(...HORSE)],
  ['de', 'Wie lange hält die Wirkung an?', ids(...SHORT_LIVED)],
  ['de', 'wie schnel wirkt ketamin gegen angst', ids(...SPEED)],
  ['de', 'Ist Ketamin in Großbritannien zugelassen?', ids(...UK)],
  ['de', 'Wird Ketamin in die Vene gegeben?', ids(...VEIN)],
  ['de', 'Ersetzt Ketamin die Psychotherapie?', ids(...THERAPY)],
  ['de', 'Was ist Esketamin?', ids(...ESKETAMINE)],
  ['de', 'Ist Ketamin eine Partydroge?', ids(...PARTY)],
  ['de', 'Kann man Ketamin in der Schwangerschaft nehmen?', safety('pregnancy')],
  ['de', 'Darf man nach der Sitzung Auto fahren?', safety('driving')],
  ['de', 'Welche Nebenwirkungen hat Ketamin?', safety('side-effects')],
  ['de', 'Macht Ketamin süchtig?', safety('addiction')],
  ['de', 'Ketamin bei Zwangsstörungen', notCovered],

  ['fr', 'La kétamine est-elle seulement un tranquillisant pour chevaux ?', ids(...HORSE)],
  ['fr', 'Combien de temps durent les effets ?', ids(...SHORT_LIVED)],
  ['fr', 'la ketamine agit elle rapidement sur l’anxiété', ids(...SPEED)],
  ['fr', 'Est-ce que la kétamine est autorisée au Royaume-Uni ?', ids(...UK)],
  ['fr', 'Qu’est-ce que l’eskétamine ?', ids(...ESKETAMINE)],
  ['fr', 'La kétamine remplace-t-elle la psychothérapie ?', ids(...THERAPY)],
  ['fr', 'Peut-on prendre de la kétamine pendant la grossesse ?', safety('pregnancy')],
  ['fr', 'Peut-on conduire après une séance ?', safety('driving')],
  ['fr', 'Quels sont les effets secondaires ?', safety('side-effects')],
  ['fr', 'la kétamine rend-elle dépendant', safety('addiction')],
  ['fr', 'Combien coûte une séance ?', notCovered],

  ['es', '¿La ketamina es solo un tranquilizante para caballos?', ids(...HORSE)],
  ['es', '¿Cuánto duran los efectos?', ids(...SHORT_LIVED)],
  ['es', 'que tan rapido funciona la ketamina para la ansiedad', ids(...SPEED)],
  ['es', '¿Está aprobada la ketamina en el Reino Unido?', ids(...UK)],
  ['es', '¿Qué es la esketamina?', ids(...ESKETAMINE)],
  ['es', '¿La ketamina reemplaza la psicoterapia?', ids(...THERAPY)],
  ['es', '¿Puedo tomar ketamina si estoy embarazada?', safety('pregnancy')],
  ['es', '¿Se puede conducir después de una sesión?', safety('driving')],
  ['es', '¿Qué efectos secundarios tiene?', safety('side-effects')],
  ['es', '¿La ketamina crea adicción?', safety('addiction')],
  ['es', 'ketamina para el trastorno bipolar', notCovered],

  ['ru', 'Кетамин — это просто транквилизатор для лошадей?', ids(...HORSE)],
  ['ru', 'Как долго длится эффект?', ids(...SHORT_LIVED)],
  ['ru', 'как быстро действует кетамин при тревоге', ids(...SPEED)],
  ['ru', 'Одобрен ли кетамин в Великобритании?', ids(...UK)],
  ['ru', 'Что такое эскетамин?', ids(...ESKETAMINE)],
  ['ru', 'Заменяет ли кетамин психотерапию?', ids(...THERAPY)],
  ['ru', 'Можно ли кетамин при беременности?', safety('pregnancy')],
  ['ru', 'Можно ли водить машину после сеанса?', safety('driving')],
  ['ru', 'Какие побочные эффекты у кетамина?', safety('side-effects')],
  ['ru', 'Вызывает ли кетамин зависимость?', safety('addiction')],
  ['ru', 'Сколько стоит лечение кетамином?', notCovered],
];
