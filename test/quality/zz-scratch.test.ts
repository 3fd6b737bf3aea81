import { parseFeed } from '../../src/data/parse.js';
describe('scratch', function () {
  this.timeout(120000);
  for (const n of [5000, 7000]) {
    it(`sparse ${n}x${n}`, () => {
      const codes = Array.from({ length: n }, (_, i) => String(1000 + i));
      const years = Array.from({ length: n }, (_, i) => String(i));
      const doc = { class: 'dataset', id: ['Region', 'Tid'], size: [n, n], role: { time: ['Tid'], geo: ['Region'] }, dimension: { Region: { category: { index: codes } }, Tid: { category: { index: years } } }, value: {} };
      const text = JSON.stringify(doc);
      const t0 = performance.now();
      let r = '';
      try { const ds = parseFeed(text); r = `${ds.observations.length} obs`; } catch (e) { r = String(e).slice(0, 200); }
      console.log(`n=${n} bytes=${text.length} ms=${Math.round(performance.now() - t0)} ${r}`);
    });
  }
});
