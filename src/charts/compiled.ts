import type { Runtime } from 'vega';
import type { TemplateKey } from './chart-data.js';
import { lazyModule } from '../data/lazy-module.js';

/**
 * Where render.ts gets a compiled template. This file is the fallback for unbundled use (tests, the dev
 * server): it compiles the template in the browser, loading Vega-Lite and the Vega parser on first use.
 *
 * The production build replaces this module (rollup-plugins.mjs), in the drop-in bundle and in dist/lib alike:
 * there, the templates are JSON compiled at build time, all in one module in a packed form (template-codec.ts),
 * and neither compiler reaches the browser (Vega-Lite and the Vega parser are devDependencies). Keep the
 * exported signature in step with the code the plugin generates.
 */
export const AHEAD_OF_TIME = false;

const compiler = lazyModule(() => import('./compile-templates.js'));
const cache = new Map<TemplateKey, Runtime>();

/** The runtime description of a template. Shared: treat it as read-only (render.ts fills a copy). */
export async function loadTemplate(key: TemplateKey): Promise<Runtime> {
  const { compileTemplate } = await compiler.load();
  let compiled = cache.get(key);
  if (!compiled) cache.set(key, (compiled = compileTemplate(key).runtime));
  return compiled;
}
