// What changed for readers, newest first: the options page's "What's new" reads it, and the
// background decides from it whether an update is worth a line in the popup. Lines say what
// the extension does now, for a reader (no internals), in the five UI languages.

export const CHANGELOG_LANGUAGES = ['en', 'de', 'fr', 'es', 'ru'] as const;
export type ChangelogLanguage = (typeof CHANGELOG_LANGUAGES)[number];

export interface Release {
  version: string;
  /** The release date, YYYY-MM-DD. */
  date: string;
  /** Whether a reader sees anything different (a release of fixes inside only: false). */
  readerVisible: boolean;
  notes: Record<ChangelogLanguage, readonly string[]>;
}

export const CHANGELOG: readonly Release[] = [
  {
    version: '0.2.0',
    date: '2026-12-07',
    readerVisible: true,
    notes: {
      en: [
        'Undo: after “Don’t highlight”, “Don’t flag”, “First mentions only” or pausing a site, a short notice offers to take it back.',
        'An options page (from the browser’s extensions page) with the settings, the keyboard shortcuts and this list.',
        'After an update that changes what you see, the popup shows one line pointing here.',
        'A smaller card: the fact first, its actions behind one menu button, and the source on one line that opens in place.',
        'The card takes the page’s colours; “Card colours” in the settings picks light or dark instead.',
        'Discreet mode: the page shows nothing, and cards are read in the popup or the side panel, which follows the tab you are on.',
        'Nothing of ours is printed, and new stories in endless feeds are highlighted as they arrive.',
      ],
      de: [
        'Rückgängig: Nach „Nicht markieren“, „Nicht kennzeichnen“, „Nur erste Erwähnungen“ oder dem Pausieren einer Website bietet ein kurzer Hinweis an, es zurückzunehmen.',
        'Eine Optionsseite (über die Erweiterungsseite des Browsers) mit den Einstellungen, den Tastenkürzeln und dieser Liste.',
        'Nach einem Update, das ändert, was Sie sehen, zeigt das Popup eine Zeile mit einem Verweis hierher.',
        'Eine kleinere Karte: zuerst die Information, die Aktionen hinter einer Menütaste, die Quelle in einer Zeile, die sich an Ort und Stelle öffnet.',
        'Die Karte übernimmt die Farben der Seite; „Farben der Karte“ in den Einstellungen wählt stattdessen hell oder dunkel.',
        'Diskreter Modus: Auf der Seite erscheint nichts, die Karten stehen im Popup oder in der Seitenleiste, die dem aktuellen Tab folgt.',
        'Nichts von uns wird mitgedruckt, und neue Beiträge in endlosen Feeds werden markiert, sobald sie erscheinen.',
      ],
      fr: [
        'Annuler : après « Ne pas surligner », « Ne pas signaler », « Premières mentions seules » ou la mise en pause d’un site, une courte notice propose de revenir en arrière.',
        'Une page d’options (depuis la page des extensions du navigateur) avec les réglages, les raccourcis clavier et cette liste.',
        'Après une mise à jour qui change ce que vous voyez, la fenêtre de l’extension affiche une ligne qui renvoie ici.',
        'Une fiche plus petite : l’information d’abord, ses actions derrière un seul bouton de menu, la source sur une ligne qui s’ouvre sur place.',
        'La fiche prend les couleurs de la page ; « Couleurs des fiches » dans les réglages choisit clair ou sombre à la place.',
        'Mode discret : rien n’apparaît sur la page, les fiches se lisent dans la fenêtre de l’extension ou dans le panneau latéral, qui suit l’onglet ouvert.',
        'Rien de nôtre n’est imprimé, et les nouveaux articles des fils sans fin sont surlignés dès leur arrivée.',
      ],
      es: [
        'Deshacer: tras «No resaltar», «No señalar», «Solo primeras menciones» o pausar un sitio, un aviso breve ofrece volver atrás.',
        'Una página de opciones (desde la página de extensiones del navegador) con los ajustes, los atajos de teclado y esta lista.',
        'Tras una actualización que cambia lo que ve, la ventana de la extensión muestra una línea que lleva aquí.',
        'Una ficha más pequeña: primero el dato, sus acciones tras un solo botón de menú y la fuente en una línea que se abre en el sitio.',
        'La ficha toma los colores de la página; «Colores de las fichas» en los ajustes elige claro u oscuro en su lugar.',
        'Modo discreto: la página no muestra nada y las fichas se leen en la ventana de la extensión o en el panel lateral, que sigue la pestaña abierta.',
        'No se imprime nada nuestro, y las noticias nuevas de los feeds infinitos se resaltan en cuanto llegan.',
      ],
      ru: [
        'Отмена: после «Не выделять», «Не отмечать», «Только первые упоминания» или паузы на сайте короткое уведомление предлагает всё вернуть.',
        'Страница параметров (со страницы расширений браузера): настройки, сочетания клавиш и этот список.',
        'После обновления, которое меняет то, что вы видите, во всплывающем окне появляется строка со ссылкой сюда.',
        'Карточка стала компактнее: сначала сам факт, действия — за одной кнопкой меню, источник — в одной строке, которая раскрывается на месте.',
        'Карточка берёт цвета страницы; «Цвета карточек» в настройках позволяет выбрать светлые или тёмные.',
        'Скрытый режим: на странице ничего не появляется, а карточки читаются во всплывающем окне или в боковой панели, которая следует за текущей вкладкой.',
        'При печати ничего нашего не выводится, а новые материалы в бесконечных лентах выделяются сразу по мере появления.',
      ],
    },
  },
  {
    version: '0.1.0',
    date: '2026-11-29',
    readerVisible: true,
    notes: {
      en: [
        'Highlights ketamine, esketamine, ketamine-assisted psychotherapy and related terms, and flags myths the article names.',
        'A card for each highlighted word, from one article, in English, German, French, Spanish and Russian.',
        'The popup searches every card and lists what the page mentions.',
      ],
      de: [
        'Markiert Ketamin, Esketamin, ketamingestützte Psychotherapie und verwandte Begriffe und kennzeichnet Mythen, die der Artikel nennt.',
        'Eine Karte zu jedem markierten Wort, aus einem Artikel, auf Englisch, Deutsch, Französisch, Spanisch und Russisch.',
        'Das Popup durchsucht alle Karten und listet, was die Seite erwähnt.',
      ],
      fr: [
        'Surligne kétamine, eskétamine, psychothérapie assistée par la kétamine et des termes proches, et signale les mythes que l’article cite.',
        'Une fiche pour chaque mot surligné, tirée d’un seul article, en anglais, allemand, français, espagnol et russe.',
        'La fenêtre de l’extension cherche dans toutes les fiches et liste ce que la page mentionne.',
      ],
      es: [
        'Resalta ketamina, esketamina, psicoterapia asistida con ketamina y términos afines, y señala los mitos que nombra el artículo.',
        'Una ficha para cada palabra resaltada, de un solo artículo, en inglés, alemán, francés, español y ruso.',
        'La ventana de la extensión busca en todas las fichas y enumera lo que menciona la página.',
      ],
      ru: [
        'Выделяет кетамин, эскетамин, психотерапию с кетамином и связанные термины и отмечает мифы, которые называет статья.',
        'Карточка для каждого выделенного слова — по одной статье, на английском, немецком, французском, испанском и русском.',
        'Всплывающее окно ищет по всем карточкам и показывает, что упоминает страница.',
      ],
    },
  },
];

/** `1.10.0` after `1.9.2`: dotted numbers compared part by part (a missing part is 0). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] || 0) - (pb[i] || 0);
    if (diff !== 0) return Math.sign(diff);
  }
  return 0;
}

/**
 * Whether an update from `previous` to `current` brought something a reader sees: a release
 * after `previous`, up to `current`, that says so. A reload of the same version, a downgrade,
 * or releases of inside fixes only bring nothing to announce.
 */
export function updateIsWorthTelling(
  previous: string | undefined,
  current: string,
  changelog: readonly Release[] = CHANGELOG,
): boolean {
  if (previous === undefined) return false;
  return changelog.some(
    (release) =>
      release.readerVisible &&
      compareVersions(release.version, previous) > 0 &&
      compareVersions(release.version, current) <= 0,
  );
}

/** A release's lines in the reader's language (English where the changelog has none). */
export function notesIn(release: Release, language: string): readonly string[] {
  const base = language.toLowerCase().split(/[-_]/)[0] ?? '';
  return (CHANGELOG_LANGUAGES as readonly string[]).includes(base)
    ? release.notes[base as ChangelogLanguage]
    : release.notes.en;
}
