/**
 * Free text inside the `run` parameter (a step's title and notes). The run grammar splits steps
 * on `~` and fields on `.`, so those (and `%`, the escape itself) are percent-encoded inside the
 * value; everything else (Chinese, emoji, `:`, `,`) stays as it is and the URL's own encoding
 * covers it. That keeps a Chinese title about as long in the link as any other parameter.
 */

/** Longest title and notes a link keeps: a link has to fit in chat messages and QR codes. */
export const STEP_TEXT_MAX = { title: 120, notes: 1000 } as const;

export function escapeStepText(text: string): string {
  return text.replace(/[%.~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The text, or null when its escapes are malformed (a link cut short or edited by hand). */
export function unescapeStepText(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** Trimmed and cut to `max` characters (whole code points: an emoji is never split). */
export function cleanStepText(text: string, max: number): string {
  return Array.from(text.trim()).slice(0, max).join('').trim();
}
