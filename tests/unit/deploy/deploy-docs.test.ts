// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  COMMON_HEADERS,
  CSP,
  headerCsp,
} from '../../../scripts/deploy-headers.mjs';

/**
 * docs/deploy.md tells operators which headers to send; serve-dist.mjs sends them in the tests.
 * Both must say the same, so the guide's examples are compared with deploy-headers.mjs here.
 */
const guide = readFileSync('docs/deploy.md', 'utf8');

function blocks(lang: string): string[] {
  // A fence may be indented (inside a list item); the code keeps that indentation.
  return [...guide.matchAll(new RegExp('^ *```' + lang + '\\n([\\s\\S]*?)^ *```', 'gm'))].map(
    (m) => m[1] ?? '',
  );
}

describe('docs/deploy.md matches scripts/deploy-headers.mjs', () => {
  it('has one nginx and one Caddy example', () => {
    expect(blocks('nginx')).toHaveLength(1);
    expect(blocks('caddy')).toHaveLength(1);
  });

  it.each(['nginx', 'caddy'])('the %s example sends the tested headers', (lang) => {
    const config = blocks(lang)[0] ?? '';
    expect(config).toContain(`Content-Security-Policy "${headerCsp()}"`);
    expect(config).toContain(`"${CACHE_IMMUTABLE}"`);
    expect(config).toContain(`"${CACHE_REVALIDATE}"`);
    for (const [name, value] of Object.entries(COMMON_HEADERS))
      expect(config).toMatch(new RegExp(`${name}\\s+"${value}"`));
    // The long cache goes to the hashed assets only.
    expect(config).toMatch(/assets\/.*\n?.*public, max-age=31536000, immutable/);
  });

  it('prints the header policy as the meta tag’s plus frame-ancestors', () => {
    expect(blocks('text').map((b) => b.trim())).toContain(headerCsp());
    expect(headerCsp()).toBe(`${CSP}; frame-ancestors 'self'`);
  });

  it('names the build setting for a sub-path and the local server', () => {
    expect(guide).toContain('BASE_PATH=/cq-auto/ npm run build');
    expect(guide).toContain('npm run serve:dist');
  });
});
