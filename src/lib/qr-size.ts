/**
 * How big a QR code is drawn: never so small that a phone misses its modules. A phone camera
 * resolves a code on a laptop screen at arm's length when a module is about 3 CSS px or more; a
 * long link (a run sheet with notes: ~900 characters is version 24 at error correction M) drawn in a fixed 160 px plate
 * fell to 1.7 px a module and did not scan. Pure: no DOM, no encoder.
 */

/** The smallest module a phone reads off a screen, in CSS px. */
export const MIN_MODULE_PX = 3;

/**
 * The plate's side in CSS px: `minSide`, grown so each of `modules` (the code's side in modules,
 * quiet zone included) is at least `modulePx` px.
 */
export function plateSide(modules: number, minSide: number, modulePx = MIN_MODULE_PX): number {
  return Math.max(minSide, Math.ceil(modules * modulePx));
}

/**
 * Which of two links a code should carry: the full one when its plate fits `maxSide` px at
 * readable modules, else the shorter one (the run sheet without its notes), said on screen.
 */
export function scannableChoice(
  fullModules: number,
  maxSide: number,
  modulePx = MIN_MODULE_PX,
): 'full' | 'short' {
  return fullModules * modulePx <= maxSide ? 'full' : 'short';
}
