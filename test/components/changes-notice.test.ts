import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';

/** A hand-written feed whose last update (12 March 2026) added 2025 and revised three figures, two of them shown. */
const FEED = {
  innsikt: '1',
  title: 'Pendling',
  indicators: [{ id: 'commuting', title: 'Pendling', measures: [{ id: 'in', label: 'Innpendlere', unit: 'personer' }] }],
  regions: [
    { code: '3401', name: 'Kongsvinger', level: 'municipality' },
    { code: '3403', name: 'Hamar', level: 'municipality' },
    { code: '3405', name: 'Lillehammer', level: 'municipality' },
  ],
  sources: [{ id: 'ssb', title: 'Pendling (tabell 03321)', publisher: 'Statistisk sentralbyrå', table: '03321' }],
  observations: [
    { indicator: 'commuting', measure: 'in', region: '3401', period: '2025', value: 3010, source: 'ssb' },
    { indicator: 'commuting', measure: 'in', region: '3403', period: '2025', value: 11254, source: 'ssb' },
    { indicator: 'commuting', measure: 'in', region: '3405', period: '2025', value: 5120, source: 'ssb' },
    { indicator: 'commuting', measure: 'in', region: '3401', period: '2024', value: 2990, source: 'ssb' },
  ],
  changes: [
    {
      date: '2026-03-12',
      periodsAdded: ['2025'],
      revised: [
        { measure: 'in', region: '3401', period: '2025', old: 2991, new: 3010 },
        { measure: 'in', region: '3405', period: '2025', old: 5100, new: 5120 },
        { measure: 'in', region: '3401', period: '2024', old: 2980, new: 2990 },
      ],
    },
    { date: '2025-03-10', periodsAdded: ['2024'] },
  ],
};

async function mount(attrs: Record<string, string>, now: Date): Promise<InnIndicator> {
  const host = document.createElement('div');
  host.style.width = '720px';
  document.body.append(host);
  const el = document.createElement('inn-indicator');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.now = now;
  el.data = structuredClone(FEED);
  const ready = oneEvent(el, 'inn-ready');
  host.append(el);
  await ready;
  await el.updateComplete;
  return el;
}

const flat = (s: string | null | undefined) => (s ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

describe('What changed notice (issue 19)', () => {
  it('says in one line what the last update brought, under the title, with the details on demand', async () => {
    const el = await mount({ indicator: 'commuting', view: 'table', period: '2025' }, new Date('2026-03-20T10:00:00Z'));
    const root = el.shadowRoot!;
    const notice = root.querySelector('header details.changes') as HTMLDetailsElement;
    expect(notice, 'notice in the header').to.exist;
    expect(flat(notice.querySelector('summary')!.textContent)).to.equal('Nye tall 12. mars 2026: 2025 lagt til, 3 tall revidert');
    expect(notice.open).to.equal(false);
    // The disclosure opens from the keyboard.
    notice.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(notice.open).to.equal(true);
    const items = [...notice.querySelectorAll('li')].map((li) => flat(li.textContent));
    expect(items).to.deep.equal([
      'Innpendlere, Kongsvinger, 2025: 2\u00a0991 → 3\u00a0010',
      'Innpendlere, Lillehammer, 2025: 5\u00a0100 → 5\u00a0120',
      'Innpendlere, Kongsvinger, 2024: 2\u00a0980 → 2\u00a0990',
    ]);
    await expect(el).to.be.accessible();
  });

  it('marks the revised figures in the table, with words for screen readers, and explains the mark', async () => {
    const el = await mount({ indicator: 'commuting', view: 'table', period: '2025' }, new Date('2026-03-20T10:00:00Z'));
    const root = el.shadowRoot!;
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => ({
      region: flat(tr.querySelector('th')!.textContent),
      marked: tr.querySelector('.revised') !== null,
      said: flat(tr.querySelector('td.num .visually-hidden')?.textContent),
    }));
    expect(rows).to.deep.include({ region: 'Kongsvinger', marked: true, said: '(revidert, før 2\u00a0991)' });
    expect(rows).to.deep.include({ region: 'Lillehammer', marked: true, said: '(revidert, før 5\u00a0100)' });
    expect(rows).to.deep.include({ region: 'Hamar', marked: false, said: '' });
    expect(root.querySelector('.revised')!.getAttribute('aria-hidden')).to.equal('true');
    expect(flat(root.querySelector('.legend-notes')!.textContent)).to.contain('† Revidert ved siste oppdatering.');
  });

  it('in nynorsk and English too', async () => {
    const nn = await mount({ indicator: 'commuting', view: 'table', lang: 'nn' }, new Date('2026-03-12T00:00:00Z'));
    expect(flat(nn.shadowRoot!.querySelector('.changes summary')!.textContent)).to.equal('Nye tal 12. mars 2026: 2025 lagt til, 3 tal reviderte');
    const en = await mount({ indicator: 'commuting', view: 'table', lang: 'en' }, new Date('2026-03-12T00:00:00Z'));
    expect(flat(en.shadowRoot!.querySelector('.changes summary')!.textContent)).to.equal('New figures 12 March 2026: 2025 added, 3 figures revised');
  });

  it('is gone after 30 days, or after the days the webmaster sets', async () => {
    const late = await mount({ indicator: 'commuting', view: 'table' }, new Date('2026-04-12T12:00:00Z'));
    expect(late.shadowRoot!.querySelector('.changes')).to.equal(null);
    expect(late.shadowRoot!.querySelector('.revised')).to.equal(null);
    const longer = await mount({ indicator: 'commuting', view: 'table', 'changes-days': '60' }, new Date('2026-04-12T12:00:00Z'));
    expect(longer.shadowRoot!.querySelector('.changes')).to.exist;
    const shorter = await mount({ indicator: 'commuting', view: 'table', 'changes-days': '7' }, new Date('2026-03-20T12:00:00Z'));
    expect(shorter.shadowRoot!.querySelector('.changes')).to.equal(null);
  });

  it('no-changes hides the notice and the marks', async () => {
    const el = await mount({ indicator: 'commuting', view: 'table', 'no-changes': '' }, new Date('2026-03-13T00:00:00Z'));
    expect(el.shadowRoot!.querySelector('.changes')).to.equal(null);
    expect(el.shadowRoot!.querySelector('.revised')).to.equal(null);
    el.noChanges = false;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.changes')).to.exist;
  });
});
