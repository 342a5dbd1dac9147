import { browser } from 'wxt/browser';
import { tPlural } from '../common/i18n/plural';
import { t } from '../common/i18n/t';
import type { TabFound } from '../common/messaging/messages';

/**
 * The badge shows how many distinct terms and myths are highlighted in the tab, and the
 * button's tooltip says it in words, in the reader's language.
 */
export async function showFoundOnBadge(tabId: number, found: TabFound): Promise<void> {
  const distinct = Object.keys(found.total).length;
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeBackgroundColor({ tabId, color: '#92400e' });
  await action.setBadgeText({ tabId, text: distinct > 0 ? String(distinct) : '' });
  await action.setTitle({
    tabId,
    title: distinct > 0 ? tPlural('actionTitleFound', distinct) : t('extName'),
  });
}
