/** A rough width of a line of text, in px, for reserving room beside a chart. */
export function textWidthEstimate(text: string, fontSize: number): number {
  // CJK characters are about a full em wide, Latin about half.
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.58;
  return em * fontSize;
}
