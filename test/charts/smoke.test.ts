import { renderChart } from '../../src/charts/render.js';
import { THEMES } from '../../src/charts/theme.js';
import { ALL_MODELS } from './models.js';

describe('smoke', () => {
  for (const theme of [THEMES.light, THEMES.dark]) for (const [key, make] of ALL_MODELS) {
    it(key, async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const container = document.createElement('div');
      host.append(container);
      const h = await renderChart(container, make(), theme, { width: 320, tooltipRoot: host, description: 'd' });
      console.log('@@SVG ' + theme.name + '-' + key.replace('/', '_') + ' ' + btoa(unescape(encodeURIComponent(container.innerHTML))));
      h.finalize();
    });
  }
});
