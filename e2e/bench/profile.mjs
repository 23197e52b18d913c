// A CPU profile of a page over some action, for the benches: Chromium's sampling
// profiler (DevTools protocol), written to a file DevTools opens, and summed up by
// function: each function's own time, and its total (every distinct function on a
// sampled stack is charged once per sample). Build the app with PRAXIS_WASM_NAMES=1 so
// that wasm functions have names.
import { writeFileSync } from 'node:fs';

export async function startProfiler(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return cdp;
}

export async function stopProfiler(cdp, file) {
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  // Self time per sample, then each function's total: every distinct function on the
  // sampled stack is charged once per sample.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
  const self = new Map();
  const total = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id);
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const fn = name(byId.get(at));
      if (!seen.has(fn)) { seen.add(fn); total.set(fn, (total.get(fn) ?? 0) + ms); }
    }
  });
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n)
    .map(([fn, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${fn.slice(0, 140)}`).join('\n');
  console.log(`CPU profile (${file}); self time:\n${top(self, 25)}\ntotal time:\n${top(total, 45)}`);
}
