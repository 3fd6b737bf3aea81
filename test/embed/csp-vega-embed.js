// Control for test/embed/csp.test.ts: what a page gets under the strict policy when it draws a Vega-Lite spec the
// usual way (vega-embed: compiles in the browser, evaluates expressions with `Function`, injects a <style>).
// The test expects violations here; if there were none, the policy or the listener would not be working.
const violations = [];
const errors = [];
window.addEventListener(
  'securitypolicyviolation',
  (e) =>
    violations.push({
      directive: e.effectiveDirective || e.violatedDirective,
      blockedURI: e.blockedURI,
      sourceFile: e.sourceFile,
      line: e.lineNumber,
      sample: e.sample,
    }),
  true,
);

const spec = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  data: {
    values: [
      { region: 'Norge', value: 12 },
      { region: 'Oppland', value: 4 },
      { region: 'Hedmark', value: 0 },
    ],
  },
  mark: 'bar',
  encoding: { y: { field: 'region', type: 'nominal' }, x: { field: 'value', type: 'quantitative' } },
};

try {
  const { default: embed } = await import('vega-embed');
  await embed('#vis', spec, { actions: false });
} catch (err) {
  errors.push(`${err?.name ?? 'Error'}: ${err?.message ?? String(err)}`);
}
await new Promise((r) => setTimeout(r, 300));
window.parent.postMessage({ type: 'innsikt-csp-control', report: { violations, errors } }, location.origin);
