// The pure parts of the builder's guards (dist/lib/cli/selection.js, table-metadata.js, answer-check.js,
// figure-guard.js): which codes a selection covers, a query planned against its table's metadata, an answer
// checked against its question, and the figure guard. Each check has a case that must fail.
// Run after `npm run build`: node --test test/node/feeds-answer.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jsonStat } from './fixtures-cli/fake-pxweb.mjs';

const { expandItem, urlForm, selectionMatcher } = await import('../../dist/lib/cli/selection.js');
const { readTableMetadata, planQuery } = await import('../../dist/lib/cli/table-metadata.js');
const { checkAnswer, checkCells, declaredCells, AnswerError } = await import('../../dist/lib/cli/answer-check.js');
const { guardFigures, scaleShift } = await import('../../dist/lib/cli/figure-guard.js');

const YEARS = ['2015', '2016', '2017', '2018', '2019', '2020', '2021'];

test('selection: top(n), top(n,offset), bottom, from, to, range and wildcards select what the API selects', () => {
  assert.deepEqual(expandItem('top(3)', YEARS), ['2019', '2020', '2021']);
  assert.deepEqual(expandItem('[top(3,1)]', YEARS), ['2018', '2019', '2020']);
  assert.deepEqual(expandItem('bottom(2)', YEARS), ['2015', '2016']);
  assert.deepEqual(expandItem('from(2020)', YEARS), ['2020', '2021']);
  assert.deepEqual(expandItem('to(2016)', YEARS), ['2015', '2016']);
  assert.deepEqual(expandItem('[range(2016,2018)]', YEARS), ['2016', '2017', '2018']);
  assert.deepEqual(expandItem('201?', YEARS), ['2015', '2016', '2017', '2018', '2019']);
  assert.deepEqual(expandItem('34*', ['0', '34', '3401', '3801']), ['34', '3401']);
  assert.deepEqual(expandItem('K-3401', ['K-3401']), ['K-3401']);
  assert.equal(expandItem('top(x)', YEARS), undefined);
  assert.equal(urlForm('range(2016,2018)'), '[range(2016,2018)]');
  assert.equal(urlForm('top(5)'), 'top(5)');
  // Without the table's codes, top(n) covers any n codes and nothing more.
  const m = selectionMatcher(['top(2)']);
  assert.equal(m.limit, 2);
  assert.ok(m.covers('1999'));
});

function meta({ alder } = {}) {
  const dimension = {
    Region: {
      label: 'region',
      category: { index: { 3401: 0, 3403: 1 }, label: { 3401: 'Kongsvinger', 3403: 'Hamar' } },
      extension: { elimination: true, codelists: [{ id: 'vs_Kommun' }] },
    },
    ContentsCode: { label: 'statistikkvariabel', category: { index: { Innpendlere: 0, Utpendlere: 1 } }, extension: { elimination: false } },
    Tid: { label: 'år', category: { index: Object.fromEntries(YEARS.map((y, i) => [y, i])) }, extension: { elimination: false } },
  };
  const id = ['Region', 'ContentsCode', 'Tid'];
  if (alder) {
    dimension.Alder = {
      label: 'alder',
      category: { index: { '15-74': 0, '15-29': 1 }, label: { '15-74': '15-74 år', '15-29': '15-29 år' } },
      extension: alder,
    };
    id.splice(1, 0, 'Alder');
  }
  return readTableMetadata({ version: '2.0', class: 'dataset', id, dimension, role: { time: ['Tid'], metric: ['ContentsCode'], geo: ['Region'] } }, '11616');
}

const query = (valueCodes, extra = {}) => ({
  id: 'q',
  table: '11616',
  valueCodes,
  codelist: {},
  outputValues: {},
  measures: { Innpendlere: {}, Utpendlere: {} },
  dimensions: {},
  ...extra,
});

test('planQuery: a left-out variable is filled with the table total, left to the API when it may be eliminated, or refused with its codes', () => {
  const filled = planQuery(query({ Region: ['34*'], Tid: ['top(5)'] }), meta({ alder: { elimination: true, eliminationValueCode: '15-74' } }));
  assert.deepEqual(filled.problems, []);
  assert.deepEqual(filled.valueCodes.Alder, ['15-74']);
  const eliminated = planQuery(query({ Region: ['34*'], Tid: ['top(5)'] }), meta({ alder: { elimination: true } }));
  assert.equal(eliminated.valueCodes.Alder, undefined);
  assert.match(eliminated.notes.join(' '), /"Alder" \(alder\) is not in the query; the table allows leaving it out/);
  const refused = planQuery(query({ Region: ['34*'], Tid: ['top(5)'] }), meta({ alder: { elimination: false } }));
  assert.match(refused.problems.join(' '), /variable "Alder" \(alder\) that the query does not select and that cannot be left out; its codes: 15-74, 15-29/);
});

test('planQuery: unknown variables, codes, empty wildcards and codelists the variable does not offer are each named', () => {
  const plan = planQuery(
    query(
      { Region: ['3401', '9999', '38*'], Kjonn: ['0'], Tid: ['top(5)'] },
      { codelist: { Region: 'agg_KommSummer' }, measures: { Innpendlere: {}, SysselBosatt: {} } },
    ),
    meta(),
  );
  const text = plan.problems.join('\n');
  assert.match(text, /"Region" has no code "9999" in table 11616 with codelist agg_KommSummer/);
  assert.match(text, /"Region": "38\*" selects none of the table's codes/);
  assert.match(text, /table 11616 has no variable "Kjonn" \(it has Region, ContentsCode, Tid\)/);
  assert.match(text, /"ContentsCode" has no code "SysselBosatt"/);
  assert.match(text, /"Region" offers no codelist "agg_KommSummer" \(it offers vs_Kommun\)/);
  assert.deepEqual(planQuery(query({ Region: ['34*'], Tid: ['[range(2016,2018)]'] }), meta()).problems, []);
});

const answer = (
  regions,
  years = ['2020', '2021'],
  contents = [
    ['Innpendlere', 'Inn'],
    ['Utpendlere', 'Ut'],
  ],
) => jsonStat({ table: '11616', regions, contents: contents.map(([c, l]) => [c, l, 'personer']), years, value: () => 1 });
const SEL = { Region: ['34*'], ContentsCode: ['Innpendlere', 'Utpendlere'], Tid: ['top(2)'] };

test('checkAnswer: a fitting answer passes; codes, periods, roles, dimensions and measures that do not fit the question each fail', () => {
  const m = meta();
  checkAnswer(answer([['3401', 'Kongsvinger']]), SEL, m, 'q');
  const fails = (json, sel, re, metaArg = m) =>
    assert.throws(
      () => checkAnswer(json, sel, metaArg ?? undefined, 'table 11616 (query "q")'),
      (e) => e instanceof AnswerError && re.test(e.message),
      re.source,
    );
  fails(answer([['3801', 'Horten']]), SEL, /"Region": the answer has a code that was not asked for: 3801 \(asked: 34\*\)/);
  fails(answer([['3401', 'K']], ['2015', '2016']), SEL, /"Tid": the answer has codes that were not asked for: 2015, 2016 \(asked: top\(2\)\)/);
  fails(answer([['3401', 'K']], ['2019', '2020', '2021']), { ...SEL, Tid: ['top(2)'] }, /"Tid": the answer has a code that was not asked for: 2019/);
  fails(answer([['3401', 'K']], ['2020', '2021'], [['Innpendlere', 'Inn']]), SEL, /the measure "Utpendlere" did not arrive/);
  const moved = answer([['3401', 'K']]);
  moved.role = { time: ['Region'], metric: ['ContentsCode'], geo: ['Tid'] };
  fails(moved, SEL, /gives the role "time" to "Region", but the table gives it to "Tid"/);
  fails(answer([['3401', 'K']]), { ...SEL, Alder: ['15-74'] }, /no dimension "Alder", which was asked for/);
  const extra = jsonStat({
    table: '11616',
    regions: [['3401', 'K']],
    contents: [
      ['Innpendlere', 'I', 'p'],
      ['Utpendlere', 'U', 'p'],
    ],
    years: ['2021'],
    extraDims: [['Kjonn', 'kjønn', [['0', 'Begge']]]],
    value: () => 1,
  });
  fails(extra, SEL, /a dimension "Kjonn" that was not asked for and the table does not list/);
  // Without metadata: top(2) accepts two periods, not three.
  fails(answer([['3401', 'K']], ['2019', '2020', '2021']), SEL, /"Tid": the answer has 3 codes, but the selection \(top\(2\)\) covers at most 2/, null);
  // Region codes match after normalisation: asked 3401, answered K-3401.
  checkAnswer(answer([['K-3401', 'Kongsvinger']]), { ...SEL, Region: ['3401'] }, undefined, 'q');
});

test('cell cap: declared cells are counted from "size" before any cell is read', () => {
  const huge = { version: '2.0', class: 'dataset', id: ['Region', 'Tid'], size: [4900000, 1], dimension: {}, value: { 0: 1 } };
  assert.equal(declaredCells(huge), 4900000);
  assert.throws(() => checkCells(huge, 300000, 'q'), /declares 4,900,000 cells, more than the cap of 300,000/);
  assert.throws(() => checkCells({ ...huge, size: [1e308, 1e308] }, 300000, 'q'), /cells, more than the cap/);
  checkCells({ ...huge, size: [10, 10] }, 300000, 'q');
});

const feed = (values, measure = 'jobs') => ({ innsikt: '1', observations: values.map((v, i) => ({ measure, region: `r${i}`, period: '2024', value: v })) });

test('figure guard: a measure whose figures all moved by 10^n, or a feed with less than half the figures, is refused unless allowed', () => {
  const before = feed([1200, 3400, 560, 78]);
  assert.equal(guardFigures(before, feed([1210, 3390, 570, 80]), 'x.json'), undefined, 'ordinary revisions pass');
  assert.match(guardFigures(before, feed([1200000, 3400000, 560000, 78000]), 'x.json'), /figures of "jobs" .* about 10\^3 \(× 1000\)/);
  assert.match(guardFigures(before, feed([1.2, 3.4, 0.56, 0.078]), 'x.json'), /about 10\^-3 \(÷ 1000\)/);
  assert.equal(guardFigures(before, feed([1200000, 3400000, 560000, 78000]), 'x.json', { allowScaleChange: true }), undefined);
  assert.equal(scaleShift(before, feed([1200000, 3400, 560, 78])), undefined, 'one changed figure is not a unit change');
  assert.match(guardFigures(before, feed([1200]), 'x.json'), /1 figures, less than half of the 4 in the current x\.json/);
  assert.equal(guardFigures(before, feed([1200]), 'x.json', { allowShrink: true }), undefined);
  assert.equal(guardFigures(undefined, feed([1]), 'x.json'), undefined, 'a first run has nothing to compare with');
});
