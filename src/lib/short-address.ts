/**
 * The address printed under a QR code: the link without its scheme (people read and type
 * "host/path?query", not "https://"), cut in the middle when longer than `max` so the host and the
 * end of the query (usually the panel) both stay readable. The QR code itself carries the full link.
 */
export function shortAddress(link: string, max = 64): string {
  const bare = link.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/(?=\?|$)/, '');
  if (bare.length <= max) return bare;
  const tail = Math.floor((max - 1) / 3);
  return `${bare.slice(0, max - 1 - tail)}…${bare.slice(bare.length - tail)}`;
}
