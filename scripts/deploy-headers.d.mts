// Types for deploy-headers.mjs, which vite-csp.ts and the TypeScript tests import.
export const CSP_DIRECTIVES: readonly string[];
export const CSP: string;
export const DEFAULT_FRAME_ANCESTORS: string;
export function headerCsp(frameAncestors?: string): string;
export const CACHE_IMMUTABLE: string;
export const CACHE_REVALIDATE: string;
export function cacheControlFor(relPath: string): string;
export const COMMON_HEADERS: Readonly<Record<string, string>>;
export const CONTENT_TYPES: Readonly<Record<string, string>>;
export function isCompressible(contentType: string): boolean;
export function headersFor(
  relPath: string,
  options?: { frameAncestors?: string },
): Record<string, string>;
