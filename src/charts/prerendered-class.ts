/** The class of a block of pre-rendered first paint in a page's HTML (prerender.ts writes it; the elements look for it). */
export const PRERENDERED_CLASS = 'inn-prerendered';
