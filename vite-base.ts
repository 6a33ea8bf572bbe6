/**
 * The path the dashboard is served under, from BASE_PATH (`BASE_PATH=/cq-auto/ npm run build`).
 * Always absolute with a leading and a trailing slash: the manifest's scope, the service worker's
 * scope and navigation fallback, and every link the app writes are built by appending to it, and
 * a relative base ('./') would make each of them depend on the page a reader happened to open.
 */
export function basePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim();
  const segments = trimmed.split('/').filter((s) => s !== '');
  // Letters, digits and - . _ ~ only: a URL ('https://…'), a query, a fragment, spaces or a
  // Windows path are mistakes that would otherwise build a site no one can open.
  const bad = segments.find((s) => !/^[\w.~-]+$/.test(s) || s === '.' || s === '..');
  if (bad !== undefined)
    throw new Error(
      `BASE_PATH=${JSON.stringify(value)}: expected a path such as /cq-auto/ (segment ${JSON.stringify(bad)} is not allowed)`,
    );
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
