/**
 * The HTML an intranet page pastes to show one panel: an <iframe> of the panel's link with
 * `embed=1`. Pure, so the escaping is unit-tested: a title with quotes or `<` must not break
 * out of its attribute.
 */

/** A height that shows a panel's title, headline, chart and sources without scrolling. */
export const EMBED_HEIGHT = 480;

const attr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The link with `embed=1` added (before the format version, where the codec writes it). */
export function embedLink(link: string): string {
  const url = new URL(link);
  url.searchParams.delete('embed');
  const v = url.searchParams.get('v');
  url.searchParams.delete('v');
  url.searchParams.append('embed', '1');
  if (v !== null) url.searchParams.append('v', v);
  // URLSearchParams encodes `,` `:` `~`; the app's own links keep them readable.
  return url.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~');
}

export function embedCode(link: string, title: string, height = EMBED_HEIGHT): string {
  return `<iframe src="${attr(embedLink(link))}" title="${attr(title)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
}
