// Paired A/B of two builds on the demo dashboard: `node test/bench/ab.mjs <distA> <distB> [runs]`.
//
// For deciding whether a change makes the dashboard faster on a machine whose speed drifts by ±30 % from one
// minute to the next (this one): both builds are served side by side (lib/server.mjs, one server each) and loaded
// alternately, A B B A …, each in a fresh browser context with the cache off, and the change is judged by the
// median of the paired ratios B/A of "all five charts drawn" (the fifth chart's first `inn:chart-drawn` mark), not
// by two medians taken minutes apart. An A/A run (the same build twice) gives the noise: on this machine up to ±10 %
// at 16 pairs, ±3–5 % at 40, 1.02 at 80 (about 100 s). A change worth 2–3 % needs 100 pairs or more to be seen, and
// one that reads 0.97 at 32 pairs can read 1.05 at 100. Copy `dist/` aside before rebuilding
// (`cp -r dist /tmp/distA`). Not part of `npm test`.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startServer } from './lib/server.mjs';
import { CHROMIUM_ARGS } from './lib/chromium.mjs';

const [distA, distB] = process.argv.slice(2, 4).map((p) => p && resolve(p));
// An even number, so that A goes first in exactly half of the pairs (the second page of a pair tends to be faster).
const runs = 2 * Math.max(1, Math.ceil(Number(process.argv[4] ?? 32) / 2));
if (!distA || !distB) {
  console.error('usage: node test/bench/ab.mjs <distA> <distB> [runs]');
  process.exit(2);
}
const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const servers = { A: await startServer({ root, distDir: distA, tmpDir: distA }), B: await startServer({ root, distDir: distB, tmpDir: distB }) };
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: CHROMIUM_ARGS,
});

async function once(which) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setCacheEnabled(false);
    await page.setViewport({ width: 1280, height: 2400 });
    await page.goto(`${servers[which].origin}/test/bench/pages/dashboard-ours.html`);
    const viewsIn = () => new Set(window.__bench.ready.filter((e) => e.view === 'chart').map((e) => e.indicator)).size >= 5;
    await page.waitForFunction(
      (views) => window.__bench.drawn.filter((d) => d.first).length >= 5 && window.__bench.ready.some((e) => e.view === 'kpi') && eval(views)(),
      { timeout: 30000 },
      `(${viewsIn})`,
    );
    return await page.evaluate(() => {
      const charts = new Map();
      for (const e of window.__bench.ready) if (e.view === 'chart' && !charts.has(e.indicator)) charts.set(e.indicator, e.t);
      return {
        kpi: Math.min(...window.__bench.ready.filter((e) => e.view === 'kpi').map((e) => e.t)),
        charts: Math.max(...window.__bench.drawn.filter((d) => d.first).map((d) => d.t)),
        // The five Vega views in place (inn-ready with view chart), as figures 2 and 7 report them.
        views: Math.max(...charts.values()),
      };
    });
  } finally {
    await context.close();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  // One warm-up each: the first page of a browser pays for starting its processes.
  await once('A');
  await once('B');
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2) {
      b.push(await once('B'));
      a.push(await once('A'));
    } else {
      a.push(await once('A'));
      b.push(await once('B'));
    }
  }
  const ratios = a.map((r, i) => b[i].charts / r.charts);
  const viewRatios = a.map((r, i) => b[i].views / r.views);
  const ms = (rs, k) => `${Math.round(median(rs.map((r) => r[k])))} ms`;
  console.log(`A: key figure ${ms(a, 'kpi')}, charts ${ms(a, 'charts')}, Vega views in place ${ms(a, 'views')}`);
  console.log(`B: key figure ${ms(b, 'kpi')}, charts ${ms(b, 'charts')}, Vega views in place ${ms(b, 'views')}`);
  console.log(`B/A, median of ${runs} paired runs: charts ${median(ratios).toFixed(3)} (B faster in ${ratios.filter((r) => r < 1).length} of ${runs})`);
  const spread = (rs) => {
    const s = [...rs].sort((x, y) => x - y);
    return `range ${s[0].toFixed(3)}–${s.at(-1).toFixed(3)}, middle half ${s[Math.floor(s.length / 4)].toFixed(3)}–${s[Math.ceil((3 * s.length) / 4) - 1].toFixed(3)}`;
  };
  console.log(`B/A charts, spread of the paired ratios: ${spread(ratios)}`);
  console.log(`B/A, Vega views in place: ${median(viewRatios).toFixed(3)} (B faster in ${viewRatios.filter((r) => r < 1).length} of ${runs})`);
} finally {
  await browser.close();
  await servers.A.close();
  await servers.B.close();
}
