// Summarises a CDP CPU profile (Profiler.stop's `profile`) for bench-results/profile-summary.md:
// self time by chunk (the script file a function lives in) and the functions with the most
// self time. Self time is what the samples landed on, so it says where the time went, not who
// called it.

const chunkOf = (url) => {
  if (!url) return '(native / V8)';
  try {
    const path = new URL(url).pathname;
    return path.split('/').pop() || path;
  } catch {
    return url;
  }
};

/** Self milliseconds per profile node id. */
function selfTimes(profile) {
  const self = new Map();
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i++) {
    // A sample's time is the gap to the next one; the last sample gets the previous gap.
    const dt = (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0) / 1000;
    self.set(samples[i], (self.get(samples[i]) ?? 0) + dt);
  }
  return self;
}

/** { total, byChunk: [[chunk, ms]], byFunction: [[label, ms]] }, largest first. */
export function summariseProfile(profile, top = 20) {
  const self = selfTimes(profile);
  const byChunk = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    total += ms;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    const chunk = chunkOf(url);
    byChunk.set(chunk, (byChunk.get(chunk) ?? 0) + ms);
    const name = functionName || '(anonymous)';
    const label = url ? `${name} (${chunk}:${lineNumber + 1}:${columnNumber + 1})` : name;
    byFunction.set(label, (byFunction.get(label) ?? 0) + ms);
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { total, byChunk: sorted(byChunk), byFunction: sorted(byFunction).slice(0, top) };
}

export function profileMarkdown(summary, { title, note }) {
  const ms = (v) => v.toFixed(1);
  const pct = (v) => `${((100 * v) / Math.max(summary.total, 1e-9)).toFixed(1)}%`;
  return [
    `# ${title}`,
    '',
    note,
    '',
    `Sampled self time: ${ms(summary.total)} ms.`,
    '',
    '## Self time by chunk',
    '',
    '| chunk | self ms | share |',
    '| --- | --- | --- |',
    ...summary.byChunk.map(([c, v]) => `| ${c} | ${ms(v)} | ${pct(v)} |`),
    '',
    '## Top functions by self time',
    '',
    '| function (chunk:line:column) | self ms | share |',
    '| --- | --- | --- |',
    ...summary.byFunction.map(([f, v]) => `| ${f.replaceAll('|', '\\|')} | ${ms(v)} | ${pct(v)} |`),
    '',
  ].join('\n');
}
