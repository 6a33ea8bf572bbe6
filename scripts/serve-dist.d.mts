// Types for serve-dist.mjs, which preview-server.mjs and the unit tests import.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface ServeOptions {
  /** The build directory (default dist). */
  root?: string;
  /** The path the build is served under (default '/'). */
  base?: string;
  /** The CSP header's frame-ancestors sources (default 'self'). */
  frameAncestors?: string;
}
export function normalizeBase(base?: string): string;
export function pickEncoding(acceptEncoding?: string): 'br' | 'gzip' | null;
export function createHandler(
  options?: ServeOptions,
): (req: IncomingMessage, res: ServerResponse) => Promise<void>;
export function serveDist(
  options?: ServeOptions & { port?: number; host?: string },
): Promise<Server>;
