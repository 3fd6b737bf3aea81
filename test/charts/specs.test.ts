import { expect } from '@open-wc/testing';
import { compile } from 'vega-lite';
import { parse } from 'vega-parser';
import { THEMES } from '../../src/charts/theme.js';
import {
  chartData,
  chartDatasets,
  chartRefs,
  chartSignals,
  chartSpec,
  fillPlaceholders,
  templateKey,
  valueTitle,
  TEMPLATE_KEYS,
} from '../../src/charts/specs.js';
import { PLACEHOLDERS, SIGNALS, template } from '../../src/charts/templates.js';
import { compileTemplate } from '../../src/charts/compile-templates.js';
import { REGISTERED_TRANSFORMS } from '../../src/charts/render.js';
import { wrapLabel, type ChartDatum } from '../../src/charts/chart-data.js';
import { ALL_MODELS, changeBars, divergingSeries, indexLines, levelBars, model, partOfWhole, partOfWholeSingle, shareBars } from './models.js';

const light = THEMES.light;
/** Vega-Lite's logger, minus the expected "Dropping fit-y" warning of discrete-height templates. */
const quiet = {
  level: () => 0,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
  error: (m: unknown) => {
    throw new Error(String(m));
  },
} as never;
const byCat = (rows: ChartDatum[], cat: string) => rows.find((d) => d.cat === cat)!;

/** Every string in a spec that Vega evaluates as an expression. */
function expressions(spec: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown, key = ''): void => {
    if (typeof node === 'string') {
      if (['expr', 'test', 'signal', 'filter', 'calculate', 'update'].includes(key)) out.push(node);
    } else if (Array.isArray(node)) node.forEach((n) => walk(n, key));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(spec);
  return out;
}

describe('charts/specs: one template per chart kind', () => {
  it('picks the template from the chart kind and the shape of the rows', () => {
    for (const [key, make] of ALL_MODELS) expect(templateKey(make()), key).to.equal(key);
  });

  for (const [key, make] of ALL_MODELS) {
    it(`${key}: a complete, data-free Vega-Lite spec that compiles`, () => {
      const m = make();
      const spec = chartSpec(m, light, 320) as unknown as Record<string, unknown>;
      expect(spec.data).to.deep.equal({ name: 'rows' });
      expect(spec.width).to.equal(320);
      expect(spec.autosize).to.deep.include({ type: 'fit-x' });
      // No background (the widget sits on the host page): an expression giving null, as Vega-Lite takes no null there.
      expect(spec.background).to.deep.equal({ expr: 'null' });
      const config = spec.config as Record<string, unknown>;
      expect((config.locale as { number: { decimal: string } }).number.decimal).to.equal(',');
      const json = JSON.stringify(spec);
      expect(json).to.not.contain('__INN_');
      expect(json).to.contain(light.text);
      expect(json).to.contain(valueTitle(m));
      // Feed text never reaches the template, let alone an expression: labels and tooltips are data, and the
      // comparison region's name is a signal value.
      const { params, ...rest } = spec as { params?: unknown };
      for (const r of m.rows) expect(JSON.stringify(rest)).to.not.contain(r.regionLabel);
      for (const e of expressions(spec)) for (const r of m.rows) expect(e).to.not.contain(r.regionLabel);
      if (params) expect(JSON.stringify(params)).to.not.match(/__INN_/);
      const { spec: vega } = compile(spec as never, { logger: quiet });
      expect(vega.data?.some((d) => d.name === 'rows')).to.equal(true);
    });
  }

  it('fills the comparison and share-axis signals from the model', () => {
    const spec = chartSpec(shareBars(), light, 400) as unknown as { params: Array<{ name: string; value: unknown }> };
    const param = (name: string) => spec.params.find((p) => p.name === name)?.value;
    expect(param(SIGNALS.comparison)).to.deep.equal(['Innlandet']);
    expect(param(SIGNALS.domainMax)).to.equal(100);
    expect(chartSignals(changeBars(), chartData(changeBars(), light))[SIGNALS.domainMax]).to.equal(null);
  });

  it('localises the value axis title from the model', () => {
    expect(valueTitle(changeBars())).to.equal('Endring i prosent');
    expect(valueTitle(levelBars())).to.equal('Bruttoregionprodukt (mill. kr)');
    expect(valueTitle(model('level-bars', [{ region: '0', value: 1 }], { unit: '', measureLabel: 'Antall' }))).to.equal('Antall');
  });
});

describe('charts/specs: placeholders', () => {
  it('replaces whole strings by value and escapes inside expression text', () => {
    const filled = fillPlaceholders(
      { a: '__INN_TEXT__', b: ['__INN_MUTED__'], c: 'x == "__INN_XTITLE__"', d: 3, e: null },
      {
        __INN_TEXT__: '#111',
        __INN_MUTED__: null,
        __INN_XTITLE__: 'say "hi" \\ it\'s',
      },
    );
    expect(filled).to.deep.equal({ a: '#111', b: [null], c: 'x == "say \\"hi\\" \\\\ it\\\'s"', d: 3, e: null });
  });

  it('never re-expands placeholders that arrive inside replacement text', () => {
    const filled = fillPlaceholders({ a: '__INN_XTITLE__', b: '(__INN_XTITLE__)' }, { __INN_XTITLE__: '__INN_TEXT__', __INN_TEXT__: 'boom' });
    expect(filled).to.deep.equal({ a: '__INN_TEXT__', b: '(__INN_TEXT__)' });
  });

  it('keeps placeholders out of expressions in every template', () => {
    for (const key of TEMPLATE_KEYS) {
      for (const e of expressions(template(key))) expect(e, `${key}: ${e}`).to.not.match(/__INN_/);
    }
    expect(Object.keys(PLACEHOLDERS)).to.deep.equal(['font', 'series', 'xTitle', 'yTitle']);
    expect(PLACEHOLDERS.series).to.have.length(6);
  });
});

describe('charts/specs: ahead-of-time compilation', () => {
  it('compiles every template to a runtime description that uses only registered transforms', () => {
    const registered = new Set(['operator', ...Object.keys(REGISTERED_TRANSFORMS)]);
    for (const key of TEMPLATE_KEYS) {
      const { runtime, warnings } = compileTemplate(key);
      expect(warnings, key).to.deep.equal([]);
      const types = new Set<string>();
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          const o = node as Record<string, unknown>;
          if (Array.isArray(o.operators)) for (const op of o.operators as Array<{ type: string }>) types.add(op.type);
          Object.values(o).forEach(walk);
        }
      };
      walk(runtime);
      for (const t of types) expect(registered.has(t), `${key} needs the "${t}" transform`).to.equal(true);
      // Expressions are syntax trees for vega-interpreter; their source text is reduced to a cache key.
      const json = JSON.stringify(runtime);
      expect(json).to.contain('"ast":');
      expect(json).to.not.contain('datum.gap');
    }
  });

  it('gives the same result as compiling the filled Vega-Lite spec', () => {
    const m = changeBars();
    const fromTemplate = fillPlaceholders(compile(template(templateKey(m)), { logger: quiet }).spec, {});
    const direct = compile(chartSpec(m, light, 400) as never, { logger: quiet }).spec;
    // Same structure: the filled spec differs only in the values of placeholders, width, params and locale.
    expect(direct.marks?.map((mk) => mk.name)).to.deep.equal(fromTemplate.marks?.map((mk) => mk.name));
    expect(() => parse(direct, undefined, { ast: true })).to.not.throw();
  });
});

describe('charts/specs: chart data', () => {
  it('draws a gap as its status symbol at zero, never as a bar of zero', () => {
    const rows = chartData(changeBars(), light);
    const vang = byCat(rows, 'Vang');
    expect(vang).to.include({ gap: true, x0: null, x1: null, label: '..', lx: 0 });
    expect(vang.tip).to.contain('..').and.contain('Tall kan ikke offentliggjøres');
  });

  it('draws "over" as a solid bar with an open, dashed end and "under" as a pale bar', () => {
    const rows = chartData(shareBars(), light);
    const over = byCat(rows, 'Gjøvikregionen');
    expect(over).to.include({ open: 'out', arrow: 'triangle-right', x1: 70, label: '>\u00a070\u00a0%' });
    expect(over.ext).to.be.greaterThan(70);
    expect(over.lx).to.equal(over.ext);
    const under = byCat(rows, 'Resten av Innlandet');
    expect(under).to.include({ open: 'in', arrow: 'triangle-left', ext: null, label: '<\u00a030\u00a0%', derived: true });
    expect(under.tip).to.contain('(beregnet)');
    const approx = byCat(rows, 'Innlandet');
    expect(approx).to.include({ q: 'approx', open: '', cmp: true, color: light.comparison, label: 'ca.\u00a012\u00a0%' });
    expect(over.tip.split('\n')).to.deep.equal(['Gjøvikregionen', '2004', 'over\u00a070\u00a0%', 'Kilden sier: «over 70 prosent»']);
  });

  it('colours the comparison region and puts labels of negative bars right of zero', () => {
    const rows = chartData(changeBars(), light);
    expect(byCat(rows, 'Norge')).to.include({ cmp: true, color: light.comparison });
    expect(byCat(rows, 'Nord-Aurdal').color).to.equal(light.accent);
    expect(byCat(rows, 'Hedmark')).to.include({ x1: -2.5, lx: 0, neg: false });
    // "over 4 %" open away from zero; the order is the model's.
    expect(byCat(rows, 'Oppland').open).to.equal('out');
    expect(rows.map((d) => d.ord)).to.deep.equal([0, 1, 2, 3, 4]);
  });

  it('stacks parts per region and notes the whole and missing parts after the bar', () => {
    const rows = chartData(partOfWhole(), light);
    const inn = rows.filter((d) => d.cat === 'Innlandet' && !d.gap);
    expect(inn.map((d) => [d.x0, d.x1])).to.deep.equal(
      [
        [0, 15.2],
        [15.2, 24],
        [24, 26.8],
      ].map(([a, b]) => [a, b]),
    );
    expect(inn.map((d) => d.color)).to.deep.equal(light.series.slice(0, 3));
    expect(inn[0]!.inLabel).to.equal('15,2');
    expect(inn[1]!.inLabel).to.equal('ca.\u00a08,8');
    const notes = rows.filter((d) => d.gap);
    expect(notes.map((d) => [d.cat, d.lx, d.label])).to.deep.equal([
      ['Innlandet', 26.8, 'i alt 30,1\u00a0mrd. kr'],
      ['Norge', 21, 'Statlige lønninger :'],
    ]);
    expect(notes[1]!.tip).to.contain('Vises ikke av konfidensialitetshensyn');
  });

  it("draws one region's parts as one bar per part", () => {
    const rows = chartData(partOfWholeSingle(), light);
    expect(rows.map((d) => d.cat)).to.deep.equal(['Personrettede', 'Kommunesektoren', 'Statlige lønninger', 'Næringsrettede']);
    expect(rows[3]).to.include({ gap: true, label: '..' });
  });

  it('groups diverging series with palette colours', () => {
    const rows = chartData(divergingSeries(), light);
    expect(rows.map((d) => d.series)).to.deep.equal(['Innpendlere', 'Utpendlere', 'Innpendlere', 'Utpendlere']);
    expect(rows[1]!.color).to.equal(light.series[1]);
  });

  it('breaks index lines at gaps, labels their ends and adds the 100 line', () => {
    const m = indexLines();
    const rows = chartData(m, light);
    const gap = rows.find((d) => d.gap)!;
    expect(gap).to.include({ periodLabel: '2002', ly: 110, label: '..', y: null });
    const ends = rows.filter((d) => d.end);
    expect(ends.map((d) => d.endLabel)).to.deep.equal(['Vestre Toten', 'Norge', 'Kongsberg']);
    expect(ends.every((d) => d.periodLabel === '2005')).to.equal(true);
    expect(rows.find((d) => d.cmp)!.color).to.equal(light.comparison);
    expect(rows.find((d) => d.endLabel === 'Vestre Toten')!.color).to.equal(light.accent);
    expect(chartRefs(m)).to.deep.equal([{ y: 100, label: '100' }]);
    expect(chartRefs(changeBars())).to.deep.equal([]);
    expect(chartDatasets(m, light).refs).to.have.length(1);
  });

  it('moves end labels of lines that end close together apart', () => {
    const years = ['2000', '2001'];
    const m = model('index-lines', [
      ...years.map((p, i) => ({ region: 'a', label: 'A', value: [100, 150][i]!, period: p })),
      ...years.map((p, i) => ({ region: 'b', label: 'B', value: [100, 150.5][i]!, period: p })),
      ...years.map((p, i) => ({ region: 'c', label: 'C', value: [100, 200][i]!, period: p })),
    ]);
    const ends = chartData(m, light).filter((d) => d.end);
    const [a, b] = [ends.find((d) => d.endLabel === 'A')!, ends.find((d) => d.endLabel === 'B')!];
    expect(Math.abs(b.ly! - a.ly!)).to.be.at.least((100 * 13) / 240 - 1e-9);
  });

  it('wraps long category names onto two lines for the axis', () => {
    expect(wrapLabel('Innlandet utenom Gjøvikregionen')).to.deep.equal(['Innlandet utenom', 'Gjøvikregionen']);
    expect(wrapLabel('Nord-Gudbrandsdal-regionen')).to.deep.equal(['Nord-Gudbrandsdal-', 'regionen']);
    expect(wrapLabel('Gjøvikregionen')).to.deep.equal(['Gjøvikregionen']);
    expect(wrapLabel('Ullensakerkommunestyresalen')).to.deep.equal(['Ullensakerkommunestyresalen']);
    const m = model('share-bars', [
      { region: 'a', label: 'Innlandet utenom Gjøvikregionen', value: 30 },
      { region: 'b', label: 'Valdres', value: 10 },
    ]);
    const signals = chartSignals(m, chartData(m, light));
    expect(signals[SIGNALS.wrapKeys]).to.deep.equal(['Innlandet utenom Gjøvikregionen']);
    expect(signals[SIGNALS.wrapLines]).to.deep.equal([['Innlandet utenom', 'Gjøvikregionen']]);
  });

  it("puts the whole first when one region's parts are drawn as bars", () => {
    const m = partOfWholeSingle();
    m.totals = [
      { ...m.rows[0]!, series: 'total', seriesLabel: 'Statlige pengestrømmer totalt', value: 30.1, label: '30,1 mrd. kr', shortLabel: '30,1 mrd. kr' },
    ];
    const rows = chartData(m, light);
    expect(rows[0]).to.include({ cat: 'Statlige pengestrømmer totalt', cmp: true, color: light.comparison, x1: 30.1 });
    expect(rows).to.have.length(5);
    expect(chartSignals(m, rows)[SIGNALS.comparison]).to.deep.equal(['Statlige pengestrømmer totalt']);
  });

  it('switches index lines to a legend when there are too many lines to name at their ends', () => {
    const years = ['2000', '2001'];
    const many = model(
      'index-lines',
      ['a', 'b', 'c', 'd', 'e', 'f'].flatMap((r) =>
        years.map((p, i) => ({ region: r, label: r.toUpperCase(), value: 100 + (i * r.charCodeAt(0)) / 10, period: p })),
      ),
    );
    expect(templateKey(many)).to.equal('index-lines/legend');
    expect(templateKey(indexLines())).to.equal('index-lines');
  });

  it('gives regions that share a name distinct categories', () => {
    const m = model('level-bars', [
      { region: '0301', label: 'Oslo', value: 1 },
      { region: '03', label: 'Oslo', value: 2 },
    ]);
    expect(chartData(m, light).map((d) => d.cat)).to.deep.equal(['Oslo (0301)', 'Oslo (03)']);
  });
});
