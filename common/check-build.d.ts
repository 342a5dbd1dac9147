/**
 * True only in a build made with `KETAMINE_LENS_CHECKS=1` (wxt.config.ts defines it; the unit
 * tests' config too). Code under `if (__KETAMINE_LENS_CHECKS__)` is dropped from a plain build:
 * the performance marks and the card's open shadow root exist only for checks
 * (docs/contract.md).
 */
declare const __KETAMINE_LENS_CHECKS__: boolean;
