import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountIndicator } from '../mount.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';

/**
 * Issue 19: the source card of a figure from a table the widget reads itself (JSON-stat from Statistics Norway, a
 * CSV exported from Statbank), not built by the feed builder: the table, the figure's place in it from the table's
 * own dimensions (region, period, statistic), the dates the table gives; nothing it does not give. Real fixtures
 * from ../shared (skipped with a message when absent).
 */
const flat = (s: string | null | undefined) => (s ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const JSONSTAT = '/__shared/fixtures/ssb/ssb_07459_befolkning_kommuner_2022.jsonstat2.json';
const CSV = '/__shared/fixtures/ssb/ssb_11616_pendling_vestfold-telemark_2021_statbank_latin1.csv';

afterEach(() => {
  for (const el of document.querySelectorAll('inn-indicator')) el.shadowRoot?.querySelector('dialog')?.close();
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

async function present(url: string): Promise<boolean> {
  const ok = (await fetch(url)).ok;
  if (!ok) console.warn(`SKIPPED: ..${url.replace('/__shared', '/shared')} is not present.`);
  return ok;
}

async function cardOf(el: InnIndicator, region: string) {
  const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => flat(tr.querySelector('th')?.textContent).startsWith(region))!;
  const button = row.querySelector<HTMLButtonElement>('button.figure')!;
  button.focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.source-card')?.open, 'the source card opens', { timeout: 15000 });
  const d = el.shadowRoot!.querySelector<HTMLDialogElement>('dialog.source-card')!;
  const fields = [...d.querySelectorAll('dl > div')].map((x) => [flat(x.querySelector('dt')!.textContent), flat(x.querySelector('dd')!.textContent)]);
  return {
    button,
    dialog: d,
    heading: flat(d.querySelector('.card-figure')!.textContent),
    fields,
    citation: flat(d.querySelector('.citation-text')?.textContent),
  };
}

describe('Source cards of tables read directly (issue 19)', () => {
  it("JSON-stat (SSB 07459): the table, region, period and the statistic with the table's own code, the table's update", async function () {
    if (!(await present(JSONSTAT))) this.skip();
    const el = await mountIndicator({ src: JSONSTAT, view: 'table' });
    const c = await cardOf(el, 'Ringsaker');
    expect(c.heading).to.equal('Personer – Ringsaker, 2022: 35 073 personer');
    expect(c.fields).to.deep.equal([
      ['Tabell', 'Tabell 07459: Befolkning, etter region, statistikkvariabel og år'],
      ['Region', 'Ringsaker (3411)'],
      ['Periode', '2022'],
      ['Statistikkvariabel', 'Personer (Personer1)'],
      ['Tabellen sist oppdatert', '24.02.2022'],
    ]);
    expect(c.citation).to.equal('Statistisk sentralbyrå (2022). Tabell 07459: Befolkning, etter region, statistikkvariabel og år.');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    expect(el.shadowRoot!.activeElement === c.button, 'focus back on the figure').to.equal(true);
  });

  it('CSV from Statbank (SSB 11616): the table, region, period and the statistic by its label; no publisher or date it does not give', async function () {
    if (!(await present(CSV))) this.skip();
    const el = await mountIndicator({ src: CSV, view: 'table', lang: 'en' });
    const c = await cardOf(el, 'Sandefjord');
    expect(c.fields).to.deep.equal([
      ['Table', 'Table 11616: Sysselsatte per 4. kvartal, etter region, statistikkvariabel og år'],
      ['Region', 'Sandefjord (3804)'],
      ['Period', '2021'],
      ['Statistic', 'Sysselsatte personer bosatt i regionen'],
    ]);
    expect(c.heading).to.equal('Sysselsatte personer bosatt i regionen – Sandefjord, 2021: 31,029');
  });
});
