import { useEffect } from 'react';

interface Handlers {
  count: number;
  go: (slide: number) => void;
  current: number;
  exit: () => void;
  toggleFullscreen: () => void;
  /** Any key or click pauses an unattended loop; `A` toggles it. */
  pause: () => void;
  toggleAutoplay: () => void;
  /** Q: the QR code of the slide's view, in its corner. */
  toggleQr: () => void;
  /** `S`: the presenter view in a second window (absent in that window itself). */
  openPresenter?: () => void;
}

/**
 * Presenter keys: → PageDown Space next, ← PageUp previous (clickers send PageUp/PageDown),
 * Home / End, 1–9 jump, F full screen, Q the slide's QR code, A pause or resume the loop,
 * S presenter view, Esc leaves.
 */
export function usePresentationKeys(h: Handlers) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const key = e.key;
      if (key === 'a' || key === 'A') {
        h.toggleAutoplay();
        return;
      }
      h.pause();
      let handled = true;
      if (key === 'ArrowRight' || key === 'PageDown' || key === ' ')
        h.go(Math.min(h.current + 1, h.count));
      else if (key === 'ArrowLeft' || key === 'PageUp') h.go(Math.max(h.current - 1, 1));
      else if (key === 'Home') h.go(1);
      else if (key === 'End') h.go(h.count);
      else if (/^[1-9]$/.test(key) && Number(key) <= h.count) h.go(Number(key));
      else if (key === 'f' || key === 'F') h.toggleFullscreen();
      else if (key === 'q' || key === 'Q') h.toggleQr();
      else if ((key === 's' || key === 'S') && h.openPresenter) h.openPresenter();
      else if (key === 'Escape') h.exit();
      else handled = false;
      // Space and the arrows would otherwise scroll or activate the focused button.
      if (handled) e.preventDefault();
    };
    const onPointer = () => h.pause();
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [h]);
}
