// Types for preview-server.mjs, which the TypeScript end-to-end tests import.
export function findChromium(): string | null;
export const CHROMIUM_FLAGS: readonly string[];
export function startPreview(
  port: number,
  outDir?: string,
  options?: { base?: string },
): Promise<{ base: string; stop: () => void }>;
export function writeReadmeSection(name: string, text: string): Promise<void>;
