/**
 * Where a shared link to one panel should leave the page once that panel is in: `null` to stay
 * (the reader has scrolled already, or the panel starts in the top two thirds of the screen, as on
 * a desktop, where the filters and key figures above it stay in sight), else the scroll position
 * that puts the panel's top `margin` px below the top of the screen (a phone, a short laptop).
 */
export function panelScrollTarget(p: {
  /** The panel's top relative to the viewport, in px. */
  panelTop: number;
  scrollY: number;
  viewportHeight: number;
  margin: number;
}): number | null {
  if (p.scrollY !== 0) return null;
  if (p.panelTop <= (p.viewportHeight * 2) / 3) return null;
  return Math.max(0, p.panelTop - p.margin);
}
