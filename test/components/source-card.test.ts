import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { mountIndicator } from '../mount.js';
import type { InnIndicator } from '../../src/components/inn-indicator/inn-indicator.js';

const FEED = '/demo/data/real-value-creation.json';
const flat = (s: string | null | undefined) => (s ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

afterEach(() => {
  // A card left open (a failed test) is closed first: an open modal dialog stops the runner.
  for (const el of document.querySelectorAll('inn-indicator')) el.shadowRoot?.querySelector('dialog')?.close();
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

function figureButton(el: InnIndicator, region: string): HTMLButtonElement {
  const row = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) => flat(tr.querySelector('th')?.textContent).startsWith(region));
  expect(row, `row ${region}`).to.exist;
  return row!.querySelector('button.figure') as HTMLButtonElement;
}

function card(el: InnIndicator): HTMLDialogElement | null {
  return el.shadowRoot!.querySelector('dialog.source-card');
}

/** The card's code is a chunk of its own: the first card opens once it has loaded. */
async function opened(el: InnIndicator): Promise<HTMLDialogElement> {
  await waitUntil(() => card(el)?.open, 'the source card opens', { timeout: 15000 });
  return card(el)!;
}

function fields(dialog: HTMLDialogElement): Array<[string, string]> {
  return [...dialog.querySelectorAll('dl > div')].map((d) => [flat(d.querySelector('dt')!.textContent), flat(d.querySelector('dd')!.textContent)]);
}

const TABLE = 'Tabell 11713: Fylkesfordelt nasjonalregnskap, etter region, næring, år og statistikkvariabel';

describe('Source card per figure (issue 19)', () => {
  it('a Statistics Norway figure: table linked to Statbank, coordinates, dates, footnotes and citation', async () => {
    const el = await mountIndicator({ src: FEED, indicator: 'value-creation', measure: 'grp', period: '2019', view: 'table' });
    figureButton(el, 'Norge').click();
    const dialog = await opened(el);
    expect(dialog, 'card').to.exist;
    expect(dialog.open).to.equal(true);
    expect(flat(dialog.querySelector('.card-figure')!.textContent).replace(/\u00a0/g, ' ')).to.equal(
      'Bruttoprodukt (BRP), løpende priser – Norge, 2019: 3 164 843 mill. kr',
    );
    expect(fields(dialog)).to.deep.equal([
      ['Tabell', TABLE],
      ['Region', 'Norge (0)'],
      ['Periode', '2019'],
      ['Statistikkvariabel', 'Bruttoprodukt i basisverdi. Løpende priser (mill. kr)'],
      ['Næring', 'Totalt for næringer (totalt-for-naeringer)'],
      ['Tabellen sist oppdatert', '13.12.2021'],
    ]);
    expect(dialog.querySelector('dd a')!.getAttribute('href')).to.equal('https://www.ssb.no/statbank/table/11713/');
    const notes = [...dialog.querySelectorAll('.card-notes li')].map((l) => flat(l.textContent));
    expect(notes).to.include('Tall med ny liste over undertrykte observasjoner ble publisert 03.12.2021.');
    expect(flat(dialog.querySelector('.citation-text')!.textContent)).to.equal(
      `Statistisk sentralbyrå (2021). ${TABLE}. https://www.ssb.no/statbank/table/11713/`,
    );
    // Readers never see internal references.
    expect(dialog.textContent).to.not.match(/\.txt|\.json|feed/i);
  });

  it('a derived figure: the formula in words and its inputs, with the figure’s own note', async () => {
    const el = await mountIndicator({ src: FEED, indicator: 'value-creation', measure: 'grp', period: '2019', view: 'table' });
    figureButton(el, 'Innlandet').click();
    const dialog = await opened(el);
    expect(fields(dialog)).to.deep.equal([
      ['Region', 'Innlandet (34)'],
      ['Periode', '2019'],
      ['Beregnet slik', 'Summen av «Bruttoprodukt (BRP), løpende priser» for Hedmark (04) + Oppland (05)'],
      ['Bygger på', 'Bruttoprodukt (BRP), løpende priser, Hedmark, 2019: 76\u00a0980\u00a0mill. kr'],
      ['Bygger på', 'Bruttoprodukt (BRP), løpende priser, Oppland, 2019: 74\u00a0057\u00a0mill. kr'],
      ['Tabell', TABLE],
      ['Tabellen sist oppdatert', '13.12.2021'],
    ]);
    expect(flat(dialog.querySelector('.card-notes li')!.textContent)).to.match(/^Hedmark og Oppland lagt sammen\./);
  });

  it('in English', async () => {
    const el = await mountIndicator({ src: FEED, indicator: 'value-creation', measure: 'grp', period: '2019', view: 'table', lang: 'en' });
    figureButton(el, 'Innlandet').click();
    const f = fields(await opened(el));
    expect(f[2]).to.deep.equal(['Calculated as', 'The sum of "Gross product (GRP), current prices" for Hedmark (04) + Oppland (05)']);
    expect(f[5]).to.deep.equal(['Table', TABLE.replace('Tabell', 'Table')]);
  });

  it('opens with Enter or Space, closes with Escape and gives focus back; passes axe', async () => {
    const el = await mountIndicator({ src: FEED, indicator: 'value-creation', measure: 'grp', period: '2019', view: 'table' });
    const button = figureButton(el, 'Norge');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    button.focus();
    await sendKeys({ press: 'Enter' });
    let dialog = await opened(el);
    expect(dialog.open).to.equal(true);
    expect(el.shadowRoot!.activeElement && dialog.contains(el.shadowRoot!.activeElement), 'focus in the card').to.equal(true);
    expect(
      dialog
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => flat(el.shadowRoot!.getElementById(id)!.textContent))[0],
    ).to.equal('Kilde for tallet');
    await expect(el).to.be.accessible();
    expect(flat(dialog.querySelector('.copy-citation')!.textContent)).to.equal('Kopier kildehenvisning');
    await sendKeys({ press: 'Escape' });
    expect(card(el), 'closed').to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Space' });
    dialog = await opened(el);
    expect(dialog.open).to.equal(true);
    (dialog.querySelector('button.close') as HTMLButtonElement).click();
    expect(card(el)).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('a report figure: the report as cited, its year, the figure\u2019s note; never a file reference', async () => {
    const el = await mountIndicator({ src: '/demo/data/rd-share.json', indicator: 'rd-share', view: 'table' });
    el.shadowRoot!.querySelector<HTMLButtonElement>('tbody button.figure')!.click();
    const dialog = await opened(el);
    // Gjøvikregionen's share of in-house R&D, «over 70 prosent» (NIBR-notat 2004:116).
    expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.equal('Andel av egenutført FoU – Gjøvikregionen, 2004: over\u00a070\u00a0%');
    expect(fields(dialog)).to.deep.equal([
      ['Region', 'Gjøvikregionen (R-gjovik)'],
      ['Periode', '2004'],
      ['Rapport', 'Klynger, nettverk og verdiskaping i Innlandet. Sammendrag (NIBR-notat 2004:116)'],
      ['Serie og nummer', 'NIBR-notat 2004:116'],
      ['Forfatter eller redaktør', 'Tom Johnstad (red.)'],
      ['Utgiver', 'NIBR'],
      ['År', '2004'],
      [
        'Sitat',
        '«Unntaket her er Gjøvikregionen som alene står for over 70 prosent av all egenutført FoU i Innlandsfylkene og for over 85 prosent av all innkjøpt FoU.»',
      ],
    ]);
    expect(flat(dialog.querySelector('.citation-text')!.textContent)).to.equal(
      'Tom Johnstad (red.) (2004). Klynger, nettverk og verdiskaping i Innlandet. Sammendrag (NIBR-notat 2004:116). NIBR.',
    );
    expect(dialog.textContent).to.not.match(/\.txt|shared\/seeds/);
  });

  it('a figure with a query address, date retrieved and a status symbol: all on the card, and in the citation', async () => {
    const query = 'https://data.ssb.no/api/pxwebapi/v2/tables/13551/data?lang=no&valueCodes[ContentsCode]=KOSbelop0000';
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('inn-indicator');
    el.setAttribute('indicator', 'state-transfers');
    el.setAttribute('view', 'table');
    el.data = {
      innsikt: '1',
      indicators: [{ id: 'state-transfers', title: 'Statlige overføringer', measures: [{ id: 'block-grant', label: 'Rammetilskudd', unit: '1000 kr' }] }],
      regions: [
        { code: '3401', name: 'Kongsvinger', level: 'municipality' },
        { code: '3403', name: 'Hamar', level: 'municipality' },
      ],
      sources: [
        {
          id: 'ssb-13551',
          title: '13551: Kommunenes inntekter',
          publisher: 'Statistisk sentralbyrå (SSB)',
          url: 'https://www.ssb.no/statbank/table/13551/',
          table: '13551',
          retrieved: '2026-03-12',
          updated: '2026-02-27',
        },
      ],
      origins: [
        {
          source: 'ssb-13551',
          query,
          coordinates: [
            { dimension: 'ContentsCode', label: 'statistikkvariabel', code: 'KOSbelop0000', codeLabel: 'Beløp (1000 kr)' },
            { dimension: 'KOKart0000', label: 'art', code: 'A800', codeLabel: 'Rammetilskudd' },
          ],
        },
      ],
      observations: [
        { indicator: 'state-transfers', measure: 'block-grant', region: '3401', period: '2025', value: 412345, source: 'ssb-13551', origin: 0 },
        { indicator: 'state-transfers', measure: 'block-grant', region: '3403', period: '2025', value: null, status: ':', source: 'ssb-13551', origin: 0 },
      ],
    };
    const ready = new Promise((resolve) => el.addEventListener('inn-ready', resolve, { once: true }));
    host.append(el);
    await ready;
    figureButton(el, 'Hamar').click();
    const dialog = await opened(el);
    expect(fields(dialog)).to.deep.equal([
      ['Tabell', 'Tabell 13551: Kommunenes inntekter'],
      ['Region', 'Hamar (3403)'],
      ['Periode', '2025'],
      ['Statistikkvariabel', 'Beløp (1000 kr) (KOSbelop0000)'],
      ['Art', 'Rammetilskudd (A800)'],
      ['Spørring', query],
      ['Hentet', '12.03.2026'],
      ['Tabellen sist oppdatert', '27.02.2026'],
      ['Symbol', ': Vises ikke av konfidensialitetshensyn'],
    ]);
    expect([...dialog.querySelectorAll('dd a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://www.ssb.no/statbank/table/13551/', query]);
    expect(flat(dialog.querySelector('.citation-text')!.textContent)).to.equal(
      'Statistisk sentralbyrå (2026). Tabell 13551: Kommunenes inntekter. Hentet 12.03.2026 fra https://www.ssb.no/statbank/table/13551/',
    );
  });

  it('the key figure opens its card too', async () => {
    const el = await mountIndicator({ src: FEED, indicator: 'value-creation', measure: 'grp', period: '2019', view: 'kpi' });
    (el.shadowRoot!.querySelector('.kpi-value button.figure') as HTMLButtonElement).click();
    const dialog = await opened(el);
    expect(flat(dialog.querySelector('.card-figure')!.textContent)).to.match(/^Bruttoprodukt \(BRP\), løpende priser – Innlandet, 2019: /);
  });
});

describe('Source card: copying a citation (issue 19)', () => {
  /** The page's clipboard, replaced for the test (a test must not write the real clipboard): what was written, or a refusal. */
  function stubClipboard(answer: 'ok' | 'refused'): { written: string[]; restore(): void } {
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: (text: string) =>
          answer === 'ok' ? (written.push(text), Promise.resolve()) : Promise.reject(new DOMException('denied', 'NotAllowedError')),
      },
    });
    return {
      written,
      restore: () => void delete (navigator as unknown as Record<string, unknown>).clipboard,
    };
  }

  it('"Kopier kildehenvisning" puts the figure’s citation on the clipboard and says so; a refusal is said too', async () => {
    const el = await mountIndicator({ src: FEED, indicator: 'value-creation', measure: 'grp', period: '2019', view: 'table' });
    figureButton(el, 'Norge').click();
    const dialog = await opened(el);
    const status = dialog.querySelector('.copy-status')!;
    expect(status.getAttribute('role')).to.equal('status');
    const clip = stubClipboard('ok');
    try {
      dialog.querySelector<HTMLButtonElement>('button.copy-citation')!.click();
      await waitUntil(() => status.textContent === 'Kopiert', 'the status says "Kopiert"');
      expect(clip.written).to.deep.equal([`Statistisk sentralbyrå (2021). ${TABLE}. https://www.ssb.no/statbank/table/11713/`]);
    } finally {
      clip.restore();
    }
    const refused = stubClipboard('refused');
    try {
      dialog.querySelector<HTMLButtonElement>('button.copy-citation')!.click();
      await waitUntil(() => status.textContent === 'Kunne ikke kopiere', 'the status says it could not copy');
      expect(refused.written).to.deep.equal([]);
    } finally {
      refused.restore();
    }
  });
});
