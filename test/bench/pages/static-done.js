// Baseline (d), the floor: the five charts as static SVG already in the HTML (written by run.mjs from our drawn
// charts). This classic script at the end of <body> runs once the parser has passed them: key figures and charts
// are in the document.
window.__bench.mark('kpi');
window.__bench.mark('chart');
window.__bench.mark('done');
