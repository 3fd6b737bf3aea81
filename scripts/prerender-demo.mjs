// Also writes the dashboards of demo/index.html, nn.html and en.html with their key figures and charts in the HTML
// (`innsikt-feeds snippet --dashboard`): the element in each page is replaced by its pre-rendered markup.
// Writes demo/prerendered.html: the five indicators of the demo feed as charts whose first paint is in the HTML
// (`innsikt-feeds snippet`'s markup, src/charts/prerender.ts), so the page shows real charts before its script and
// feed arrive, and charts with tables without JavaScript. Run after `npm run build`: `npm run demo:prerender`.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseFeed } from '../dist/lib/data/parse.js';
import { prerenderIndicator } from '../dist/lib/charts/prerender.js';
import { prerenderDashboard } from '../dist/lib/charts/prerender-dashboard.js';

const FEED = 'data/innlandet.json';
const ds = parseFeed(new Uint8Array(readFileSync(new URL(`../demo/${FEED}`, import.meta.url))));
const INDICATORS = ['value-creation', 'rd-share', 'commuting', 'state-transfers', 'employment-change'];
const widgets = INDICATORS.map((indicator) => prerenderIndicator(ds, { src: FEED, indicator, headingLevel: 2 }));

const page = `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="favicon.svg" type="image/svg+xml">
<title>Diagrammer i sidens HTML – Innsikt</title>
<link rel="stylesheet" href="demo.css">
<script type="module" src="../dist/innsikt.js"></script>
</head>
<body>
<main id="main" class="wrap section">
<h1>Diagrammer i sidens HTML</h1>
<p>Diagrammene og tabellene står ferdig i sidens HTML (skrevet med <code>innsikt-feeds snippet</code>): de vises før skriptet og tallene er lastet, og uten JavaScript. <a href="index.html">Tilbake til forsiden</a>.</p>
<!-- Written by scripts/prerender-demo.mjs (npm run demo:prerender); edit that, not this. -->
${widgets.join('\n')}
</main>
</body>
</html>
`;
writeFileSync(new URL('../demo/prerendered.html', import.meta.url), page);
process.stdout.write(`demo/prerendered.html: ${INDICATORS.length} pre-rendered charts, ${page.length} bytes\n`);

// The front pages' dashboards: the same feed and attributes, the page's language.
const DASHBOARD = /<inn-dashboard src="data\/innlandet.json" compare="0"( lang="(?:nb|nn|en)")?>.*?<\/inn-dashboard>/s;
for (const [file, lang] of [
  ['index.html', 'nb'],
  ['nn.html', 'nn'],
  ['en.html', 'en'],
]) {
  const url = new URL(`../demo/${file}`, import.meta.url);
  const html = readFileSync(url, 'utf8');
  if (!DASHBOARD.test(html)) throw new Error(`demo/${file}: no <inn-dashboard src="data/innlandet.json" compare="0"> to pre-render`);
  const dashboard = prerenderDashboard(ds, { src: FEED, compare: '0', ...(lang === 'nb' ? {} : { lang }) });
  writeFileSync(
    url,
    html.replace(DASHBOARD, () => dashboard),
  );
  process.stdout.write(`demo/${file}: the dashboard pre-rendered, ${dashboard.length} bytes\n`);
}
