// Which built chunks count as "on demand": code a reader's own request loads (an export, a QR
// code, a PowerPoint deck, a long table), apart from the code that views panels and slides.
// Pure over the Vite manifest, so the rule is unit-tested (tests/unit/build/budget-groups.test.ts).

/**
 * Modules that start on-demand code, by manifest key (the source path, or node_modules path of
 * a library imported by name). A chunk is on demand when it can be reached only through a dynamic
 * import of one of these: the same code imported statically by a viewing module counts as viewing.
 */
export const ON_DEMAND_ROOTS = [
  // CSV, image and (src/export/deck…) PowerPoint exports: loaded on a click in the Export menu.
  /^src\/export\//,
  // The print briefing: a whole-dashboard output like the CSV of every figure, loaded when
  // "Print briefing" is clicked (its panels and charts are the viewing ones, and stay viewing).
  /^src\/app\/print-briefing\.tsx$/,
  // A table of more than 200 rows.
  /^src\/components\/virtual-rows\.tsx$/,
  // QR codes (presentation corner, print briefing, share box): loaded when a code is shown.
  /^src\/.*qr[^/]*\.tsx?$/,
  // Views that open only from their own link or key, in a window or frame of their own: the
  // presenter window (`S`, presenter=1) and an embed (embed=1), and the embed code's builder.
  /^src\/app\/presentation\/presenter-view\.tsx$/,
  /^src\/app\/embed-view\.tsx$/,
  /^src\/lib\/embed-code\.ts$/,
  // The libraries themselves, wherever they are imported from by name.
  /^node_modules\/(uqr|pptxgenjs|jszip)\//,
];

const isRoot = (key) => ON_DEMAND_ROOTS.some((re) => re.test(key));

/**
 * Splits the manifest's chunk files into first screen (the entry and its static imports),
 * viewing (everything the entry reaches without entering an on-demand root dynamically) and on
 * demand (the rest that the roots reach). Returns sets of output file names, and for each root
 * that was built, the on-demand files it brings in (shared ones under each root that uses them).
 */
export function groupChunks(manifest) {
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry);
  if (!entry) throw new Error('no entry chunk in the Vite manifest');
  const walk = (start, { dynamic, stopAt, skip = new Set() }) => {
    const seen = new Set();
    const visit = (key) => {
      const chunk = manifest[key];
      if (!chunk || seen.has(key) || skip.has(key)) return;
      seen.add(key);
      for (const dep of chunk.imports ?? []) visit(dep);
      if (dynamic) for (const dep of chunk.dynamicImports ?? []) if (!stopAt(dep)) visit(dep);
    };
    start.forEach(visit);
    return seen;
  };
  const files = (keys) => new Set([...keys].map((k) => manifest[k].file));
  const firstScreen = files(walk([entry[0]], { dynamic: false }));
  const viewingKeys = walk([entry[0]], { dynamic: true, stopAt: isRoot });
  const viewing = files(viewingKeys);
  const onDemand = new Set();
  const byRoot = {};
  for (const key of Object.keys(manifest).filter(isRoot)) {
    const own = [...walk([key], { dynamic: true, stopAt: () => false, skip: viewingKeys })].map(
      (k) => manifest[k].file,
    );
    if (own.length === 0) continue;
    byRoot[key] = own;
    own.forEach((f) => onDemand.add(f));
  }
  return { firstScreen, viewing, onDemand, byRoot };
}
