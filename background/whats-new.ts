import { browser } from 'wxt/browser';
import { updateIsWorthTelling } from '../common/changelog/changelog';
import { markWhatsNew } from '../common/changelog/whats-new-flag';

/**
 * After an update that changes something a reader sees, leaves a flag for the popup's one
 * "What's new" line. No tab is opened: a page popping up after an update would nag.
 */
export async function noteUpdate(
  details: { reason: string; previousVersion?: string },
  current: string = browser.runtime.getManifest().version,
): Promise<void> {
  if (details.reason !== 'update') return;
  if (updateIsWorthTelling(details.previousVersion, current)) await markWhatsNew(current);
}
