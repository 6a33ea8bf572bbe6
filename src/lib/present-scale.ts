import { useSyncExternalStore } from 'react';

/**
 * Type size in presentation mode, from the screen: 28 px at 1920×1080, 56 px on a 4K TV, never
 * below 14 px. Bound by width too, so a 4:3 projector does not overflow. Everything on a slide is
 * sized in rem from this, and chart labels from `chartFontSize`.
 */
export function presentFontSize(width: number, height: number, reservedRem = 0): number {
  // Room taken above the slide (the link's notice, in rem) shrinks the type so the slide keeps
  // the height in rem it has without it, and everything on it still fits.
  return Math.max(14, Math.min((height * 0.026) / (1 + 0.026 * reservedRem), width * 0.0146));
}

let reserved = 0;
const reserveListeners = new Set<() => void>();

/** Sets the room, in rem, that something above the slide takes (0 when it has gone). */
export function setSlideReserve(rem: number): void {
  if (rem === reserved) return;
  reserved = rem;
  reserveListeners.forEach((listener) => listener());
}

function subscribeReserve(listener: () => void): () => void {
  reserveListeners.add(listener);
  return () => reserveListeners.delete(listener);
}

/** The room, in rem, taken above the slide. */
export function useSlideReserve(): number {
  return useSyncExternalStore(
    subscribeReserve,
    () => reserved,
    () => 0,
  );
}

/** Chart ticks and labels on a slide: about 24 px at 1080p, small marks about 20 px. */
export function chartFontSize(rootPx: number): number {
  return Math.round(rootPx * 0.86);
}

function subscribe(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}
const size = () => `${window.innerWidth}x${window.innerHeight}`;

/** The viewport size, re-rendering on resize. */
export function useViewportSize(): { width: number; height: number } {
  const [w, h] = useSyncExternalStore(subscribe, size, () => '1920x1080')
    .split('x')
    .map(Number);
  return { width: w ?? 1920, height: h ?? 1080 };
}

const NARROW = '(width < 40rem)';
// Without matchMedia (jsdom, very old browsers) the screen counts as wide: the desktop layout.
const narrowQuery = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia(NARROW) : null;
function subscribeNarrow(onChange: () => void) {
  const query = narrowQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/**
 * A phone-sized screen: the CSS `max-sm:` breakpoint, asked of the same media query so layout
 * chosen in code and in CSS always agree.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribeNarrow,
    () => narrowQuery()?.matches ?? false,
    () => false,
  );
}
