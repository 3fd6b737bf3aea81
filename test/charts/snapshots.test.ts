import { expect } from '@open-wc/testing';
import { getSnapshotConfig, readFile, writeFile } from '@web/test-runner-commands';
import { renderChart, type ChartHandle } from '../../src/charts/render.js';
import { TEMPLATE_KEYS, templateKey, type TemplateKey } from '../../src/charts/chart-data.js';
import { THEMES } from '../../src/charts/theme.js';
import type { ViewModel } from '../../src/indicators/view-model.js';
import { chartHost, removeHosts } from './host.js';
import { ALL_MODELS, model } from './models.js';

/**
 * Golden SVG files, one per chart template (as Observable Plot keeps its snapshots): a fixed model drawn at a fixed
 * width in the light theme, compared with test/charts/snapshots/<template>.svg. A change to a template, the chart
 * data, the theme, the codec or Vega shows here as a diff of the drawing.
 *
 * To accept a change on purpose: `npx wtr --files test/charts/snapshots.test.ts --update-snapshots`, then review the
 * diff of the .svg files and commit them. Text widths come from the installed fonts (Debian's Chromium here): on
 * another machine, update the files first.
 */

/** Eight lines: too many to name at their ends, so the legend template. */
function manyLines(): ViewModel {
  const years = ['2000', '2001', '2002'];
  const names = ['Gjøvik', 'Hamar', 'Lillehammer', 'Elverum', 'Kongsvinger', 'Raufoss', 'Norge', 'Kongsberg'];
  return model(
    'index-lines',
    names.flatMap((n, k) => years.map((p, i) => ({ region: n, label: n, value: 100 + i * (k + 1), period: p, cmp: n === 'Norge' }))),
    { unit: 'indeks', periods: years },
  );
}

const CASES: Array<[string, () => ViewModel]> = [...ALL_MODELS, ['index-lines/legend', manyLines]];
const WIDTH = 480;
/** One font for every machine's default, so that the file does not depend on the page's font. */
const THEME = { ...THEMES.light, fontFamily: 'sans-serif' };

/** The drawing as text: one element per line (readable diffs), coordinates to 1/100 px (no floating-point noise). */
function normalise(svg: string): string {
  const rounded = svg.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => String(Math.round(Number(n) * 100) / 100));
  return `${rounded.replace(/></g, '>\n<').trim()}\n`;
}

/** The golden file, or undefined when there is none (filePlugin answers a missing file as an unknown command). */
async function readGolden(path: string): Promise<string | undefined> {
  try {
    return await readFile({ path });
  } catch (err) {
    if (String(err).includes('Unknown command')) return undefined;
    throw err;
  }
}

const fileOf = (key: TemplateKey) => `snapshots/${key.replace('/', '--')}.svg`;

describe('charts: golden SVG per template', () => {
  const handles: ChartHandle[] = [];
  afterEach(() => {
    handles.splice(0).forEach((h) => h.finalize());
    removeHosts();
  });

  it('has a case for every template', () => {
    expect(CASES.map(([, m]) => templateKey(m())).sort()).to.deep.equal([...TEMPLATE_KEYS].sort());
    expect(CASES.map(([key]) => key).sort()).to.deep.equal([...TEMPLATE_KEYS].sort());
  });

  for (const [key, make] of CASES) {
    it(`draws ${key} as its golden file`, async function () {
      this.timeout(60000);
      const { root, container } = chartHost(WIDTH);
      const handle = await renderChart(container, make(), THEME, { width: WIDTH, tooltipRoot: root, description: 'Snapshot' });
      handles.push(handle);
      const svg = normalise(await handle.toSVG());
      const path = fileOf(key as TemplateKey);
      const { updateSnapshots } = await getSnapshotConfig();
      const golden = await readGolden(path);
      if (updateSnapshots || golden === undefined) {
        await writeFile({ path, content: svg });
        expect(golden, `${path} was missing: written now, review and commit it`).to.not.equal(undefined);
        return;
      }
      // On a difference, the first differing line (the whole files are long).
      const [a, b] = [svg.split('\n'), golden.split('\n')];
      const line = a.findIndex((l, i) => l !== b[i]);
      expect(line === -1 && a.length === b.length, `${path} differs at line ${line + 1}:\n  drawn:  ${a[line]}\n  golden: ${b[line]}`).to.equal(true);
    });
  }
});
