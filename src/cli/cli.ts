/// <reference types="node" />
/**
 * The `innsikt-feeds` command line: argument parsing, help, and the `build` and `check` commands.
 * `main(argv)` returns the exit code (0 ok, 1 a feed failed and its previous file was kept, 2 usage or
 * configuration error, 3 nothing changed) so that tests can run it in-process.
 */
import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { BASE_URL_ENV, EXIT_OK, EXIT_USAGE, type RunOptions, runBuild } from './run.js';
import { runCheck } from './check.js';
import { asLang, runSnippet, snippetUsage } from './snippet.js';

export const HELP = `innsikt-feeds: builds Innsikt feeds from Statistics Norway (PxWebApi v2) tables
and from local files (JSON-stat, CSV, Excel .xlsx) that stand in for them.

Usage:
  innsikt-feeds build <config.json> --out <folder> [options]
  innsikt-feeds check <config.json>            check the configuration, print the query URLs and evidence (no network),
                                               and read every file source as build would
  innsikt-feeds check --online <config.json>   also ask each table's metadata whether it has every variable,
                                               code and codelist the queries name (clears "verify" marks)
  innsikt-feeds snippet <feed> --src <url> --indicator <id> [options]
                                               the HTML of an <inn-indicator> with its chart, summary, source and
                                               table pre-rendered from a feed file, for a page to ship
  innsikt-feeds snippet <feed> --src <url> --dashboard [options]
                                               the HTML of an <inn-dashboard> with its key figures and charts
                                               pre-rendered (each indicator's, as above), for a page to ship
  innsikt-feeds --help | --version

Options for snippet:
  --src <url>           the feed's address as the page loads it (the element's src; required)
  --indicator <id>      the indicator (required); --region, --compare, --period, --measure as the element's
  --dashboard           an <inn-dashboard> instead (no --indicator); --indicators "<id> <id>" as its attribute,
                        --region, --compare, --period as its
  --lang <nb|nn|en>     language (default nb)
  --heading-level <n>   the title's heading level, 1-6 (default 2)
  --width <px>          width the chart is laid out for (default 640; it scales down in narrower columns)
  --no-toolbar, --no-share   the element's attributes of the same names
  --out <file>          write the HTML there instead of to stdout

Options for build:
  --out <folder>        where the feeds are written (required)
  --cache <folder>      response cache (default: .innsikt-cache next to the configuration)
  --no-cache            no cache on disk: every table is downloaded again
  --only <ids>          only these indicators, separated by commas (e.g. value-creation,commuting)
  --dry-run             fetch, build and validate, but write nothing
  --allow-unverified    also run queries marked "verify before use" in the configuration
  --allow-shrink        write a feed even when it has less than half the figures of the current one
  --base-url <url>      another PxWebApi v2 address (https, or http://127.0.0.1 for tests);
                        also ${BASE_URL_ENV}

Before each query the table's metadata is read: a variable the query leaves out is filled with its only code or
its total, or the feed fails naming the variable and its codes. Every answer is checked against its question
(dimensions and roles, codes and periods asked for, measures) and capped (api.maxBytes, api.maxCells). Every feed
is validated against the Innsikt feed schema, guarded against a 10^n change or a sharp drop in figures, and
written atomically (temporary file + rename). A feed that fails keeps its previous file, byte for byte.
When the API cannot be reached at all, the run says so and exits 1.
Requests are rate-limited (default 20 a minute, below Statistics Norway's ~30), retried with backoff on
429/5xx/timeouts (honouring Retry-After), and conditional (ETag / Last-Modified) against the cache.

Each written feed records what changed against the file it replaces ("changes": new and removed periods and
regions, revised figures with old and new value, codes, labels, notes; the last 10 updates), and the run prints
the same summary per feed. A feed whose figures did not change is not rewritten (its file stays byte for byte).

Exit codes: 0 at least one feed written (others may be unchanged or skipped); 3 nothing changed: every feed built
was unchanged and no file was written (a scheduler can skip republishing); 1 at least one feed failed (its
previous file was kept), the API could not be reached, or every feed was skipped; 2 usage or configuration error
(nothing was fetched or written). check --online: 1 when a query names something its table does not have.
`;

async function version(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The options of `innsikt-feeds snippet` from its command line (checked by snippetUsage first). */
function snippetOptions(values: ReturnType<typeof parse>['values'], feedPath: string, out: (line: string) => void, err: (line: string) => void) {
  return {
    feedPath,
    src: values.src!,
    indicator: values.indicator ?? '',
    ...(values.dashboard ? { dashboard: true } : {}),
    ...(values.indicators ? { indicators: values.indicators } : {}),
    ...(values.region ? { region: values.region } : {}),
    ...(values.compare ? { compare: values.compare } : {}),
    ...(values.period ? { period: values.period } : {}),
    ...(values.measure ? { measure: values.measure } : {}),
    ...(asLang(values.lang) ? { lang: asLang(values.lang)! } : {}),
    ...(values['heading-level'] ? { headingLevel: Number(values['heading-level']) } : {}),
    ...(values.width ? { width: Number(values.width) } : {}),
    ...(values['no-toolbar'] ? { noToolbar: true } : {}),
    ...(values['no-share'] ? { noShare: true } : {}),
    ...(values.out ? { outPath: values.out } : {}),
    out,
    err,
  };
}

export async function main(argv: string[], overrides: Partial<RunOptions> = {}): Promise<number> {
  const err = overrides.err ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const out = overrides.out ?? ((line: string) => void process.stdout.write(`${line}\n`));
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    err(`innsikt-feeds: ${(e as Error).message}`);
    err('Run "innsikt-feeds --help" for usage.');
    return EXIT_USAGE;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(HELP);
    return EXIT_OK;
  }
  if (values.version) {
    out(await version());
    return EXIT_OK;
  }
  const [command, configPath, ...rest] = positionals;
  const usage = (message: string): number => {
    err(`innsikt-feeds: ${message}`);
    err('Run "innsikt-feeds --help" for usage.');
    return EXIT_USAGE;
  };
  if (command === undefined) return usage('no command given (build, check or snippet).');
  if (command !== 'build' && command !== 'check' && command !== 'snippet') return usage(`unknown command "${command}" (build, check or snippet).`);
  if (configPath === undefined) return usage(`"${command}" needs a ${command === 'snippet' ? 'feed file' : 'configuration file'}.`);
  if (rest.length > 0) return usage(`unexpected argument${rest.length === 1 ? '' : 's'}: ${rest.join(' ')}`);

  if (command === 'snippet') {
    const problem = snippetUsage(values);
    if (problem) return usage(problem);
    return runSnippet(snippetOptions(values, configPath, out, err));
  }

  if (command === 'check') {
    const base = values['base-url'] ?? (overrides.env ?? process.env)[BASE_URL_ENV];
    return runCheck({
      configPath,
      online: values.online ?? false,
      out,
      err,
      ...(base ? { baseUrl: base } : {}),
      ...(overrides.fetch ? { fetch: overrides.fetch } : {}),
    });
  }

  if (!values.out) return usage('build needs --out <folder>.');
  if (values['no-cache'] && values.cache) return usage('--cache and --no-cache cannot be used together.');
  const options: RunOptions = {
    ...overrides,
    configPath,
    outDir: values.out,
    dryRun: values['dry-run'] ?? false,
    allowUnverified: values['allow-unverified'] ?? false,
    allowShrink: values['allow-shrink'] ?? false,
  };
  if (values['no-cache']) options.cacheDir = null;
  else if (values.cache) options.cacheDir = values.cache;
  if (values.only)
    options.only = values.only
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  if (values['base-url']) options.baseUrl = values['base-url'];
  const result = await runBuild(options);
  return result.exitCode;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o' },
      cache: { type: 'string' },
      'no-cache': { type: 'boolean' },
      only: { type: 'string' },
      'dry-run': { type: 'boolean' },
      'allow-unverified': { type: 'boolean' },
      'allow-shrink': { type: 'boolean' },
      'base-url': { type: 'string' },
      online: { type: 'boolean' },
      src: { type: 'string' },
      indicator: { type: 'string' },
      dashboard: { type: 'boolean' },
      indicators: { type: 'string' },
      region: { type: 'string' },
      compare: { type: 'string' },
      period: { type: 'string' },
      measure: { type: 'string' },
      lang: { type: 'string' },
      'heading-level': { type: 'string' },
      width: { type: 'string' },
      'no-toolbar': { type: 'boolean' },
      'no-share': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
