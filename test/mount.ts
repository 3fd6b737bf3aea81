import { oneEvent } from '@open-wc/testing';
import '../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../src/components/inn-indicator/inn-indicator.js';

/**
 * Mounts an <inn-indicator> with `attrs` in a host of `width` pixels at the end of the page and waits until its
 * view is drawn (`inn-ready`). Tests remove the hosts (`body > div`) after each test.
 */
export async function mountIndicator(attrs: Record<string, string>, { width = 720 } = {}): Promise<InnIndicator> {
  const host = document.createElement('div');
  host.style.width = `${width}px`;
  document.body.append(host);
  const el = document.createElement('inn-indicator');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const ready = oneEvent(el, 'inn-ready');
  host.append(el);
  await ready;
  return el;
}
