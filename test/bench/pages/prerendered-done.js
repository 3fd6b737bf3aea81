// The pre-rendered page (figures 2 and 7, "ours, pre-rendered"): this classic script after the widgets runs once the
// parser has passed them, i.e. when their pre-rendered charts (inline SVG in the HTML) are in the document, as the
// static floor's static-done.js does. How many of those charts hold marks is counted at that moment.
window.__bench.mark('prerendered', { charts: window.__bench.drawnCharts('.inn-prerendered') });
