import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/parse.js';
import type { Dataset, Observation } from '../../src/data/types.js';
import { buildViewModel } from '../../src/indicators/view-model.js';

function dataset(observations: Observation[], extra: Partial<Dataset> = {}): Dataset {
  return {
    format: 'innsikt',
    indicators: [],
    regions: [],
    periods: [...new Set(observations.map((o) => o.period))].sort(),
    measures: [],
    dimensions: [],
    observations,
    sources: [],
    notes: [],
    warnings: [],
    ...extra,
  };
}

const obs = (measure: string, region: string, period: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  indicator: 'employment-change',
  measure,
  measureLabel: measure,
  region,
  regionLabel: region,
  period,
  value,
  dims: {},
  ...extra,
});

describe('buildViewModel: the period shown by default', () => {
  it('follows the selected region: Vestre Toten (Raufoss) shows 1997–2005, the span it has figures for', async () => {
    const ds = parseFeed(await (await fetch('/demo/data/employment-change.json')).text());
    const model = buildViewModel(ds, { indicator: 'employment-change', regions: ['0529'], lang: 'nb' });
    expect(model.shownPeriods).to.deep.equal(['1997-2005']);
    expect(model.empty).to.equal(undefined);
    expect(model.rows.some((r) => r.region === '0529' && r.value !== null)).to.equal(true);
  });

  it('without a selected region, prefers a period the comparison region has (Norway, 1990–2002)', async () => {
    const ds = parseFeed(await (await fetch('/demo/data/employment-change.json')).text());
    const model = buildViewModel(ds, { indicator: 'employment-change', lang: 'nb' });
    expect(model.shownPeriods).to.deep.equal(['1990-2002']);
  });

  it('for a region with figures in several periods, takes one that also has the comparison, then the latest', () => {
    const ds = dataset([
      obs('change-pct', '3401', '2019', 1),
      obs('change-pct', '3401', '2020', 2),
      obs('change-pct', '3401', '2021', 3),
      obs('change-pct', '0', '2020', 5),
      obs('change-pct', '3403', '2021', 4),
    ]);
    expect(buildViewModel(ds, { indicator: 'employment-change', regions: ['3401'], lang: 'nb' }).shownPeriods).to.deep.equal(['2020']);
    expect(buildViewModel(ds, { indicator: 'employment-change', regions: ['3401', '3403'], lang: 'nb' }).shownPeriods).to.deep.equal(['2021']);
    // A region with no figures at all: the period the data has most of, as without a selection.
    expect(buildViewModel(ds, { indicator: 'employment-change', regions: ['3405'], lang: 'nb' }).shownPeriods).to.deep.equal(['2020']);
  });
});

describe('buildViewModel: keys from the feed', () => {
  it("a measure named like an Object method gets the indicator's fallback chart, not a function", () => {
    for (const measure of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) {
      const model = buildViewModel(dataset([obs(measure, '3401', '2020', 1)]), { indicator: 'employment-change', lang: 'nb' });
      expect(model.chart, measure).to.equal('change-bars');
      expect(model.rows).to.have.length(1);
    }
  });

  it('a dimension named constructor or __proto__ is narrowed like any other, and an observation without it is not taken to have it', () => {
    for (const id of ['constructor', '__proto__', 'toString']) {
      const dims = (code: string) => Object.defineProperty({}, id, { value: code, enumerable: true }) as Record<string, string>;
      const ds = dataset(
        [
          obs('change-pct', '3401', '2020', 1, { dims: dims('a') }),
          obs('change-pct', '3401', '2020', 2, { dims: dims('b') }),
          obs('change-pct', '3403', '2020', 3),
        ],
        {
          dimensions: [
            {
              id,
              label: 'x',
              categories: [
                { code: 'a', label: 'A' },
                { code: 'b', label: 'B' },
              ],
            },
          ],
        },
      );
      const model = buildViewModel(ds, { indicator: 'employment-change', lang: 'nb' });
      expect(
        model.filters.map((f) => [f.dimension, f.selected, f.categories.map((c) => c.label)]),
        id,
      ).to.deep.equal([[id, 'a', ['A', 'B']]]);
      expect(
        model.rows.map((r) => [r.region, r.value]),
        id,
      ).to.deep.equal([
        ['3403', 3],
        ['3401', 1],
      ]);
    }
  });
});
