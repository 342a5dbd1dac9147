import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runSentinel } from '../page/sentinel/sentinel';

// The manifest's content script, in every frame (wxt.config.ts declares it, so WXT wraps it
// as an unlisted script: no polyfill, no ContentScriptContext). See page/sentinel/sentinel.ts.
export default defineUnlistedScript(runSentinel);
