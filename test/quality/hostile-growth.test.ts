/**
 * Quality gate "cost grows linearly": each hostile shape that once froze a page (patterns that backtrack, quadratic
 * loops) is run at a size and at 8× that size; the time may grow about 8×, never 64×. See hostile-growth.ts.
 */
import { parseCsv } from '../../src/data/csv.js';
import { parseFeed } from '../../src/data/parse.js';
import { normaliseRegionCode } from '../../src/data/region-code.js';
import type { Dataset, Observation } from '../../src/data/types.js';
import { buildViewModel } from '../../src/indicators/view-model.js';
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { summarize } from '../../src/indicators/summary.js';
import { hostileShape } from './hostile-corpus.js';
import { expectLinear } from './hostile-growth.js';

const jsonStatRegions = (codes: string[]) => ({
  class: 'dataset',
  id: ['Region', 'Tid'],
  size: [codes.length, 1],
  role: { geo: ['Region'], time: ['Tid'] },
  dimension: { Region: { category: { index: codes } }, Tid: { category: { index: ['2020'] } } },
  value: codes.map((_, i) => i),
});

/** A dataset of `regions` × `periods` monthly figures, every third one missing (sparse, as SSB tables are). */
function grid(regions: number, periods: number): Dataset {
  const observations: Observation[] = [];
  const regionList = Array.from({ length: regions }, (_, r) => ({ code: `R${r}`, name: `Region ${r}`, level: 'other' as const }));
  const periodList = Array.from({ length: periods }, (_, t) => `${1800 + Math.floor(t / 12)}M${String((t % 12) + 1).padStart(2, '0')}`);
  for (const r of regionList) {
    periodList.forEach((period, t) => {
      if ((t + r.code.length) % 3 !== 0)
        observations.push({ indicator: 'x', measure: 'm', measureLabel: 'm', region: r.code, regionLabel: r.name, period, value: t, dims: {} });
    });
  }
  return {
    format: 'innsikt',
    indicators: [],
    regions: regionList,
    periods: periodList,
    measures: [],
    dimensions: [],
    observations,
    sources: [],
    notes: [],
    warnings: [],
  };
}

describe('hostile input: work grows linearly with the input', function () {
  this.timeout(60000);

  it('a region code, a run of spaces and a line break (\\n or U+2028)', () => {
    for (const brk of ['\n', '\u2028']) {
      expectLinear(
        `"34", spaces, ${JSON.stringify(brk)}`,
        (n) => `34${' '.repeat(n)}${brk}x${brk}y`,
        (s) => normaliseRegionCode(s),
        150,
      );
      expectLinear(
        `"0", spaces, ${JSON.stringify(brk)}, in JSON-stat`,
        (n) => jsonStatRegions([`0${' '.repeat(n)}${brk}x${brk}y`, '3401']),
        (d) => parseFeed(d),
        150,
      );
    }
  });

  it('CSV column names of a letter, a run of underscores and a letter', () => {
    const csv = (n: number) => `region;${Array.from({ length: 10 }, (_, k) => `a${'_'.repeat(n)}b${k}`).join(';')}\n3401;${Array(10).fill('1').join(';')}\n`;
    expectLinear('headers a___b', csv, (t) => parseCsv(t), 500);
  });

  it('CSV cells of a code, a run of spaces and a digit', () => {
    const csv = (n: number) => `region;verdi\n${Array.from({ length: 40 }, (_, k) => `"34${' '.repeat(n)}${k % 10}";5`).join('\n')}\n`;
    expectLinear('cells "34   1"', csv, (t) => parseCsv(t), 500);
  });

  it('CSV title lines before the header', () => {
    const csv = (n: number) => `${Array.from({ length: n }, (_, k) => `Tittel ${k}`).join('\n')}\nregion;verdi\n3401;5\n`;
    expectLinear('title lines', csv, (t) => parseCsv(t), 40000, { floorMs: 20 });
  });

  it('a view of many periods (30 regions × thousands of months): the default period in one pass', () => {
    expectLinear(
      'periods',
      (n) => grid(30, n),
      (ds) => buildViewModel(ds, { indicator: 'x', lang: 'nb' }),
      300,
    );
  });

  it('a view of many regions: their names looked up in a map', () => {
    expectLinear(
      'regions',
      (n) => grid(n, 1),
      (ds) => buildViewModel(ds, { indicator: 'x', lang: 'nb' }),
      1000,
    );
  });

  it('every generated hostile shape (runs of one character, separators, quotes, digits, line breaks; many periods; many regions): read, modelled and summarised in linear time', () => {
    const pipeline = (input: unknown) => {
      const ds = parseFeed(input);
      summarize(buildViewModel(ds, { indicator: 'employment-change', lang: 'nb' }));
    };
    // Each shape is checked on its own; the failures are collected so that the message says how the times grew.
    const failures: string[] = [];
    fc.assert(
      fc.property(hostileShape, (shape) => {
        try {
          expectLinear(shape.name, (n) => shape.build(n), pipeline, shape.base, { floorMs: 5 });
        } catch (e) {
          failures.push((e as Error).message);
        }
      }),
      { numRuns: 30 },
    );
    expect(failures).to.deep.equal([]);
  });
});
