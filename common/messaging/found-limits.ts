/**
 * Bounds on what a tab's findings may hold, so no page (nor a compromised content script) can
 * make the background store, merge or send without limit. Kept free of imports: the content
 * script reads `MAX_COUNT` too.
 */

/** Occurrences of one id a frame may report; a frame that highlights more reports this many. */
export const MAX_COUNT = 1_000_000;

/**
 * Frames of one tab whose reports are kept. Frames that found nothing never report, so this
 * is frames that highlight something (or did): more than any real page has.
 */
export const MAX_FRAMES_PER_TAB = 128;
