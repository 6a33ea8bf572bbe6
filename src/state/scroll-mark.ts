/**
 * Where the reader is on the page, as a history entry keeps it: the scroll position, and the
 * section at the top of the screen with how far into it the reader had scrolled. Back restores
 * by the section: the page can come back with other heights above it (charts not drawn yet are
 * shorter placeholders), and the same pixel offset would then show something else.
 */
export interface ScrollMark {
  scrollY?: number;
  /** A selector for the section at the top of the screen. */
  anchor?: string;
  /** Pixels from that section's top to the top of the screen. */
  anchorOffset?: number;
}

/** Sections a reader's place is kept by: the panels and the milestones. */
const SECTIONS: readonly [string, string][] = [
  ['[data-panel]', 'data-panel'],
  ['[data-testid=milestones]', 'data-testid'],
];

/**
 * The reader's place: by the first section that starts on screen (its top nearest to what they
 * read), else by the section that fills the screen's top; the offset from a section's top stays
 * small that way, and true when the sections above it come back with other heights.
 */
export function scrollMark(win: Window): ScrollMark {
  // Every key, so a mark written over an older one leaves none of its section behind.
  const mark: ScrollMark = {
    scrollY: Math.round(win.scrollY),
    anchor: undefined,
    anchorOffset: undefined,
  };
  const sections = SECTIONS.flatMap(([selector, attribute]) =>
    [...win.document.querySelectorAll<HTMLElement>(selector)].map((el) => ({
      anchor: `[${attribute}="${el.getAttribute(attribute) ?? ''}"]`,
      box: el.getBoundingClientRect(),
    })),
  );
  const starting = sections
    .filter((s) => s.box.top >= 0 && s.box.top < win.innerHeight)
    .sort((a, b) => a.box.top - b.box.top)[0];
  const covering = sections.find((s) => s.box.top < 0 && s.box.bottom > 0);
  const chosen = starting ?? covering;
  return chosen
    ? { ...mark, anchor: chosen.anchor, anchorOffset: Math.round(-chosen.box.top) }
    : mark;
}
