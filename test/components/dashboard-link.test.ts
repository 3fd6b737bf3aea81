/**
 * A dashboard view has a link: the reader's region, period and comparison go into the address (namespaced, the
 * page's own fragment kept), a link opened cold restores them in the dashboard and all its widgets, and the
 * dashboard's "copy link" copies exactly that address.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/components/inn-dashboard/define.js';
import type { InnDashboard } from '../../src/components/inn-dashboard/inn-dashboard.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';
import { readDashboardState, withDashboardState } from '../../src/components/inn-dashboard/dashboard-link.js';

const FEED = '/demo/data/innlandet.json';
const start = location.href;
let el: InnDashboard | undefined;

afterEach(() => {
  el?.remove();
  el = undefined;
  history.replaceState(null, '', start);
});

function children(d: InnDashboard): InnIndicator[] {
  return [...d.shadowRoot!.querySelectorAll('inn-indicator')];
}

async function mount(): Promise<InnDashboard> {
  el = document.createElement('inn-dashboard');
  el.setAttribute('src', FEED);
  document.body.append(el);
  await waitUntil(() => children(el!).length === 10, 'the widgets');
  return el;
}

describe('a link to a dashboard view', function () {
  this.timeout(20000);

  it("the reader's region and period go into the address, next to the page's own fragment", async () => {
    history.replaceState(null, '', '#kapittel-2');
    const d = await mount();
    const [regions, periods] = [...d.shadowRoot!.querySelectorAll<HTMLSelectElement>('[part="controls"] select')];
    await waitUntil(() => regions!.options.length > 1, 'the lists');
    regions!.value = '05';
    regions!.dispatchEvent(new Event('change'));
    periods!.value = '2000';
    periods!.dispatchEvent(new Event('change'));
    expect(location.hash).to.equal('#kapittel-2&inn-dashboard=region:05;period:2000');
  });

  it('a link opened cold restores region, period and comparison in the dashboard and every widget', async () => {
    history.replaceState(null, '', '#kapittel-2&inn-dashboard=region:05;period:2000;compare:34');
    const d = await mount();
    expect([d.region, d.period, d.compare]).to.deep.equal(['05', '2000', '34']);
    for (const c of children(d)) expect([c.getAttribute('region'), c.getAttribute('period'), c.getAttribute('compare')]).to.deep.equal(['05', '2000', '34']);
    const regions = d.shadowRoot!.querySelector<HTMLSelectElement>('[part="controls"] select')!;
    await waitUntil(() => regions.options.length > 1, 'the lists');
    expect(regions.value).to.equal('05');
  });

  it('"Kopier lenke til utvalget" copies the address of the view', async () => {
    const d = await mount();
    d.region = '04';
    d.period = '2000';
    await d.updateComplete;
    let copied = '';
    const clipboard = navigator.clipboard;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (text: string) => ((copied = text), Promise.resolve()) } });
    try {
      const button = d.shadowRoot!.querySelector<HTMLButtonElement>('.copy-link')!;
      expect(button.textContent!.trim()).to.equal('Kopier lenke til utvalget');
      button.click();
      await waitUntil(() => copied, 'the copy');
    } finally {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
    }
    expect(readDashboardState(new URL(copied).hash, 'dashboard')).to.deep.equal({ region: '04', period: '2000' });
    await d.updateComplete;
    expect(d.shadowRoot!.querySelector('.link-status')!.textContent!.trim()).to.equal('Lenke kopiert');
  });

  it('reads only known keys with valid values', () => {
    expect(readDashboardState('#inn-dashboard=region:05,34;period:<img>;compare:0;src:evil', 'dashboard')).to.deep.equal({ region: '05 34', compare: '0' });
    expect(readDashboardState('#other=1', 'dashboard')).to.equal(undefined);
    expect(new URL(withDashboardState('https://x.no/a#b&inn-dashboard=region:04', 'dashboard', {})).hash).to.equal('#b');
  });
});
