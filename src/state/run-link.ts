import { viewLink } from './url-codec';
import type { View } from './view';

/**
 * The view a run-sheet link opens: the walk-through presenting from its first slide (Esc leads
 * to the dashboard with the run sheet). It names a language only when the sender pinned it.
 */
export function runSheetView(view: View, pinLang: boolean): View {
  return {
    ...view,
    panel: null,
    present: true,
    presenter: false,
    slide: 1,
    langChosen: pinLang,
  };
}

export function runSheetLink(view: View, pinLang: boolean): string {
  return viewLink(runSheetView(view, pinLang));
}

/**
 * The walk-through as the audience may have it (the deck's closing slide, its QR code): the
 * steps with their titles, which the slides show anyway, but never the speaker notes, which are
 * the presenter's alone (shown only in the presenter view).
 */
export function withoutNotes(view: View): View {
  return {
    ...view,
    run: view.run.map((step) => {
      const copy = { ...step };
      delete copy.notes;
      return copy;
    }),
  };
}
