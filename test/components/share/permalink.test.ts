import { expect, oneEvent } from '@open-wc/testing';
import '../../../src/components/inn-indicator/define.js';
import type { InnIndicator } from '../../../src/components/inn-indicator/inn-indicator.js';
import {
  PermalinkController,
  applyState,
  decodeState,
  encodeState,
  hostFragment,
  mergeFragment,
  permalink,
  stateOf,
  widgetId,
  type WidgetState,
} from '../../../src/components/share/permalink.js';
import { parseFeed } from '../../../src/data/parse.js';
import { buildViewModel } from '../../../src/indicators/view-model.js';

const FEED = '/demo/data/innlandet.json';

afterEach(() => {
  for (const el of document.querySelectorAll('body > div')) el.remove();
});

describe('share/permalink', () => {
  const full: WidgetState = {
    indicator: 'rd-share',
    view: 'table',
    region: ['05', '34', 'R-gjovik'],
    compare: '0',
    period: '1990-2002',
    measure: 'share-in-house',
    lang: 'en',
  };

  it('encodes a readable fragment part and decodes it back', () => {
    const part = encodeState('a', full);
    expect(part).to.equal('inn-a=indicator:rd-share;view:table;region:05,34,R-gjovik;compare:0;period:1990-2002;measure:share-in-house;lang:en');
    expect(decodeState(`#${part}`, 'a')).to.deep.equal(full);
    expect(decodeState(part, 'a')).to.deep.equal(full);
    expect(decodeState(`#${part}`, 'b')).to.equal(undefined);
    // Ranges and quarters.
    expect(decodeState('#inn-1=period:1998/2005', '1')).to.deep.equal({ period: '1998/2005' });
    expect(decodeState('#inn-1=period:2021K3', '1')).to.deep.equal({ period: '2021K3' });
  });

  it('keeps two widgets and the host page fragment apart', () => {
    const one: WidgetState = { indicator: 'rd-share', view: 'kpi' };
    const two: WidgetState = { indicator: 'commuting', view: 'map', region: ['3401'], lang: 'nn' };
    let hash = '#section-2';
    hash = mergeFragment(hash, '1', one);
    hash = mergeFragment(hash, 'intro', two);
    expect(hash).to.equal('#section-2&inn-1=indicator:rd-share;view:kpi&inn-intro=indicator:commuting;view:map;region:3401;lang:nn');
    expect(decodeState(hash, '1')).to.deep.equal(one);
    expect(decodeState(hash, 'intro')).to.deep.equal(two);
    expect(hostFragment(hash)).to.equal('section-2');
    // Replacing one widget's part keeps the order and the others.
    hash = mergeFragment(hash, '1', { ...one, view: 'chart' });
    expect(hash).to.equal('#section-2&inn-1=indicator:rd-share;view:chart&inn-intro=indicator:commuting;view:map;region:3401;lang:nn');
    hash = mergeFragment(hash, 'intro', undefined);
    expect(hash).to.equal('#section-2&inn-1=indicator:rd-share;view:chart');
    expect(mergeFragment('', '1', undefined)).to.equal('');
    // A host fragment that is itself a route with a query survives.
    const route = mergeFragment('#/rapport?side=2&x=1', '1', one);
    expect(route).to.equal('#/rapport?side=2&x=1&inn-1=indicator:rd-share;view:kpi');
    expect(hostFragment(route)).to.equal('/rapport?side=2&x=1');
    // A fragment the browser percent-encoded reads the same.
    expect(decodeState('#inn-1=indicator%3Ard-share%3Bview%3Akpi', '1')).to.deep.equal(one);
  });

  it('ignores hostile and unknown values', () => {
    const hostile = [
      '#inn-1=indicator:<img src=x onerror=alert(1)>',
      'view:javascript:alert(1)',
      'region:05,"><script>alert(1)</script>',
      "compare:0' OR '1",
      'period:1990-2002<b>',
      'measure:x y',
      'lang:de',
      '__proto__:polluted',
      'constructor:x',
      'src:https://evil.example/feed.json',
      'theme:dark',
      'nonsense',
      ':',
    ].join(';');
    expect(decodeState(hostile, '1')).to.deep.equal({});
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    // The valid keys next to hostile ones still count; the first occurrence of a key wins.
    expect(decodeState('#inn-1=view:map;view:table;indicator:evil;region:0529 <3401>;lang:nn', '1')).to.deep.equal({ view: 'map', lang: 'nn' });
    expect(decodeState('#inn-1=region:0529,3401', '1')).to.deep.equal({ region: ['0529', '3401'] });
    // Broken percent-encoding does not throw.
    expect(decodeState('#inn-1=view:%E0%A4%A', '1')).to.deep.equal({});
    // Encoding drops what decoding would refuse.
    expect(encodeState('1', { indicator: 'nope', view: 'table', region: ['<b>'] } as unknown as WidgetState)).to.equal('inn-1=view:table');
  });

  it('names widgets by id, else by position, and inside a shadow root after its host', () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.innerHTML = '<inn-indicator></inn-indicator><inn-indicator id="intro"></inn-indicator><inn-indicator id="bad id"></inn-indicator>';
    const [a, b, c] = host.querySelectorAll('inn-indicator');
    expect(widgetId(a!)).to.equal('1');
    expect(widgetId(b!)).to.equal('intro');
    expect(widgetId(c!)).to.equal('3');
    const outer = document.createElement('section');
    outer.id = 'dash';
    host.append(outer);
    const shadow = outer.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<inn-indicator></inn-indicator><inn-indicator></inn-indicator>';
    expect(widgetId(shadow.querySelectorAll('inn-indicator')[1]!)).to.equal('dash.2');
  });

  it('round-trips a live widget: state → link → a new widget restored from the link', async () => {
    const host = document.createElement('div');
    host.style.width = '720px';
    document.body.append(host);
    const el = document.createElement('inn-indicator') as InnIndicator;
    Object.assign(el, { src: FEED, indicator: 'employment-change', view: 'table', region: '05 04' });
    el.setAttribute('lang', 'nn');
    let ready = oneEvent(el, 'inn-ready');
    host.append(el);
    await ready;
    const model = buildViewModel(parseFeed(await (await fetch(FEED)).json()), { indicator: 'employment-change', regions: ['05', '04'], lang: 'nn' });
    const state = stateOf(el, model);
    expect(state).to.deep.equal({
      indicator: 'employment-change',
      view: 'table',
      region: ['05', '04'],
      period: model.shownPeriods[0],
      measure: model.measure,
      lang: 'nn',
    });
    const link = permalink(el, model, 'https://example.no/side?x=1#section-2');
    expect(link).to.equal(`https://example.no/side?x=1#section-2&inn-1=${encodeState('1', state).slice('inn-1='.length)}`);

    // A second page: a fresh widget with other attributes, restored from the link's fragment.
    el.remove();
    const copy = document.createElement('inn-indicator') as InnIndicator;
    Object.assign(copy, { src: FEED, indicator: 'rd-share', view: 'chart' });
    applyState(copy, decodeState(new URL(link).hash, '1')!);
    ready = oneEvent(copy, 'inn-ready');
    host.append(copy);
    await ready;
    expect(stateOf(copy, model)).to.deep.equal(state);
    expect(copy.getAttribute('lang')).to.equal('nn');
    expect(copy.shadowRoot!.querySelector('table')).to.exist;
  });

  it('the controller restores state on connect and on hashchange, and never writes the address bar', async () => {
    const before = location.href;
    const el = document.createElement('inn-indicator') as InnIndicator;
    const controller = new PermalinkController(el);
    controller.restore('#top&inn-1=view:kpi;indicator:rd-share');
    expect(el.view).to.equal('kpi');
    expect(el.indicator).to.equal('rd-share');
    controller.restore('#top');
    expect(el.view).to.equal('kpi');
    expect(location.href).to.equal(before);
  });
});
