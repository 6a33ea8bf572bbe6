// Types for budget-groups.mjs, which the TypeScript tests import.
export interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
export const ON_DEMAND_ROOTS: RegExp[];
export function groupChunks(manifest: Record<string, ManifestChunk>): {
  firstScreen: Set<string>;
  viewing: Set<string>;
  onDemand: Set<string>;
  byRoot: Record<string, string[]>;
};
