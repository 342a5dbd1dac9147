import { t } from '../../common/i18n/t';
import type { ReaderAction } from '../../common/settings/settings-change';
import { KINDS } from '../../content/kinds';
import { KIND_VIEWS } from '../fact-card/kind-views';

/** What the undo notice says was just done. */
export function undoNoticeText(action: ReaderAction): string {
  switch (action.kind) {
    case 'excluded':
      for (const kind of KINDS) {
        const text = KIND_VIEWS[kind].exclude.done(action.id);
        if (text) return text;
      }
      return t('undoNoticeTermOff', action.id);
    case 'paused':
      return t('undoNoticePaused', hostOf(action.origin));
    case 'first-mentions':
      return t(action.on ? 'undoNoticeFirstOnly' : 'undoNoticeEveryMention');
  }
}

function hostOf(origin: string): string {
  try {
    return new URL(origin).host || origin;
  } catch {
    return origin;
  }
}
