import type { Runtime } from 'vega';
import { compile } from 'vega-lite';
import { parse } from 'vega-parser';
import { TEMPLATE_KEYS, type TemplateKey } from './chart-data.js';
import { template } from './templates.js';

/** For the production build (rollup-plugins.mjs): all templates in one compact chunk, see template-codec.ts. */
export { packTemplates } from './template-codec.js';

/**
 * Compiles a chart template to Vega's runtime dataflow description: Vega-Lite → Vega → `vega-parser` with
 * `{ast: true}`, so that expressions are stored as syntax trees that vega-interpreter evaluates (no `eval`,
 * no `new Function`: the charts work under a Content-Security-Policy without 'unsafe-eval').
 *
 * Runs in Node at build time (rollup-plugins.mjs) and, only when the source is used unbundled (tests, the dev
 * server), in the browser as a lazily loaded fallback. Both give the same JSON.
 */

export interface CompiledTemplate {
  key: TemplateKey;
  runtime: Runtime;
  /** Vega-Lite's warnings about the template (the ones that are expected are left out). */
  warnings: string[];
}

interface VegaNode {
  marks?: VegaNode[];
  axes?: Array<Record<string, unknown>>;
  legends?: Array<Record<string, unknown>>;
  aria?: boolean;
}

/**
 * The chart is one image to assistive technology (role="img", described by the summary sentence, with the
 * table one click away). Vega-Lite's `config.aria: false` still leaves every mark container with
 * role="graphics-symbol" and no name, which axe rightly flags: switch ARIA off on every mark, axis and legend.
 */
function hideFromAssistiveTech(node: VegaNode): void {
  for (const mark of node.marks ?? []) {
    mark.aria = false;
    hideFromAssistiveTech(mark);
  }
  for (const guide of [...(node.axes ?? []), ...(node.legends ?? [])]) guide.aria = false;
}

/** Vega-Lite says this for every horizontal bar template (discrete height); it is what we want. */
const EXPECTED_WARNINGS = [/Dropping "fit-y" because spec has discrete height/];

/**
 * The interpreter reads only the syntax tree, so the generated source text is dead weight in the bundle —
 * except that vega-runtime caches parameter expressions by their `code` string. Each distinct source text is
 * therefore replaced by a short key that is unique within the template (`#0`, `#1`, …).
 */
function shortenCode(runtime: unknown): unknown {
  const keys = new Map<string, string>();
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const out: Record<string, unknown> = {};
    const hasAst = Object.hasOwn(node, 'ast');
    for (const [k, v] of Object.entries(node)) {
      if (hasAst && k === 'code' && typeof v === 'string') {
        if (!keys.has(v)) keys.set(v, `#${keys.size}`);
        out[k] = keys.get(v);
      } else out[k] = walk(v);
    }
    return out;
  };
  return walk(runtime);
}

export function compileTemplate(key: TemplateKey): CompiledTemplate {
  const warnings: string[] = [];
  const note = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (!EXPECTED_WARNINGS.some((re) => re.test(text))) warnings.push(text);
  };
  const logger = {
    level(): number {
      return 2;
    },
    warn: note,
    info: () => undefined,
    debug: () => undefined,
    error: (...args: unknown[]) => {
      throw new Error(`Vega-Lite could not compile the "${key}" chart template: ${args.map(String).join(' ')}`);
    },
  };
  const vega = compile(template(key), { logger: logger as never }).spec;
  hideFromAssistiveTech(vega as unknown as VegaNode);
  const runtime = shortenCode(parse(vega, undefined, { ast: true })) as Runtime;
  return { key, runtime, warnings };
}

export function compileAll(): CompiledTemplate[] {
  return TEMPLATE_KEYS.map(compileTemplate);
}
