// The Chromium flags every bench script launches with (run.mjs, ab.mjs): the brief's headless set, plus
// WebUIOmniboxPopup / WebUIOmniboxAimPopup off. Otherwise Chromium (new headless) starts a "WebUI Top Renderer" process
// for the omnibox popup with every new browser context, i.e. with every measured page, and it runs 0.7 s or so of its
// own JavaScript (CPU time in a trace) while the page loads. On a two-core machine that competes with the page for
// CPU, on both sides of a comparison, by however much the two happen to overlap.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
