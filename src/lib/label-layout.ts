/**
 * Vertical positions for labels that want to sit at `ys` (screen px, any order) but must not
 * overlap: each keeps its order and is at least `gap` from its neighbours, moved as little as
 * the others allow. Pure: used for projection labels beside the chart's right edge.
 */
export function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((o) => o.y);
  for (let i = 1; i < placed.length; i++) {
    const prev = placed[i - 1] ?? 0;
    if ((placed[i] ?? 0) < prev + gap) placed[i] = prev + gap;
  }
  // Centre the pushed group on where the labels wanted to be, so no one label drifts far.
  const shift =
    (order.reduce((s, o) => s + o.y, 0) - placed.reduce((s, y) => s + y, 0)) / placed.length;
  const out = new Array<number>(ys.length);
  order.forEach((o, k) => (out[o.i] = (placed[k] ?? o.y) + shift));
  return out;
}

/** A rough width of a line of text, in px, for reserving room beside a chart. */
export function textWidthEstimate(text: string, fontSize: number): number {
  // CJK characters are about a full em wide, Latin about half.
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.58;
  return em * fontSize;
}
