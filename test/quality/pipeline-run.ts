/**
 * The whole DOM-free pipeline a widget runs on a feed — parse, view model, summary sentence, source line,
 * chart data and map model. pipeline-worker.ts runs it in a worker (time-boxed, see pipeline.ts).
 */
import { parseFeed } from '../../src/data/parse.js';
import { FeedError } from '../../src/data/errors.js';
import { buildViewModel } from '../../src/indicators/view-model.js';
import { summarize } from '../../src/indicators/summary.js';
import { sourceLine } from '../../src/indicators/source-line.js';
import { chartData, chartRefs } from '../../src/charts/chart-data.js';
import { buildMapModel } from '../../src/charts/map-model.js';
import { THEMES } from '../../src/charts/theme.js';
import { handWritten } from './hostile-cases.js';
import { decode, type PipelineRequest, type PipelineResult } from './pipeline.js';

const LANGS = ['nb', 'en'] as const;

export function runPipelineSync(req: PipelineRequest): PipelineResult {
  let stage = 'parse';
  try {
    // Inputs too deep to post to a worker (structured clone recurses) are built here from the corpus.
    const input =
      req.handWritten !== undefined
        ? handWritten()
            .find((c) => c.name === req.handWritten)!
            .input()
        : req.json
          ? decode(req.input as string)
          : req.input;
    let ds;
    try {
      ds = parseFeed(input, req.options ?? {});
    } catch (err) {
      if (err instanceof FeedError) return { id: req.id, outcome: 'feed-error', issues: err.issues.length };
      throw err;
    }
    const indicators = [...new Set([...ds.indicators.map((i) => i.id), ...ds.observations.map((o) => o.indicator ?? '')])].slice(0, 5);
    let rows = 0;
    for (const indicator of indicators.length ? indicators : ['']) {
      for (const lang of LANGS) {
        for (const period of [undefined, ...ds.periods.slice(0, 2)]) {
          stage = `view model (${indicator}, ${lang}, ${period ?? 'default period'})`;
          const model = buildViewModel(ds, { indicator, lang, regions: [], period });
          rows += model.rows.length;
          if (model.empty) continue;
          stage = 'summary';
          summarize(model);
          stage = 'source line';
          sourceLine(model);
          stage = 'chart data';
          chartData(model, THEMES.light);
          chartRefs(model);
          stage = 'map model (municipality)';
          buildMapModel(model, { level: 'municipality', classes: 5 });
          stage = 'map model (region)';
          buildMapModel(model, { level: 'region', classes: 5 });
        }
      }
    }
    return { id: req.id, outcome: 'ok', rows };
  } catch (err) {
    const e = err as Error;
    return {
      id: req.id,
      outcome: 'exception',
      stage,
      name: e?.name ?? typeof err,
      message: `${String(e?.message ?? err).slice(0, 300)}\n${String(e?.stack ?? '')
        .split('\n')
        .slice(1, 4)
        .join('\n')}`,
    };
  }
}
