import type { Lang } from '../data/types.js';

/** Maps an HTML `lang` value to a UI language: `nn*` → nynorsk, `en*` → English, everything else → bokmål. */
export function toLang(value: string | null | undefined): Lang {
  const v = (value ?? '').toLowerCase();
  if (v.startsWith('nn') || v === 'no-nn') return 'nn';
  if (v.startsWith('en')) return 'en';
  return 'nb';
}

/** The element's own `lang`, else the nearest ancestor's (crossing shadow roots), else bokmål. */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return toLang(node.getAttribute('lang'));
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return 'nb';
}
