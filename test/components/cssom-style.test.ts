/** cssomStyle sets styles through the CSSOM and removes a property again when its value becomes undefined. */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { cssomStyle } from '../../src/components/cssom-style.js';

describe('cssomStyle', () => {
  it('removes a camelCase property (minHeight) when it is no longer given', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const draw = (minHeight: string | undefined) => render(html`<p style=${cssomStyle({ minHeight, '--inn-x': '1' })}>x</p>`, host);
    draw('420px');
    const p = host.querySelector('p')!;
    expect(p.style.minHeight).to.equal('420px');
    expect(p.style.getPropertyValue('--inn-x')).to.equal('1');
    draw(undefined);
    expect(p.style.minHeight, 'the reserved height is gone').to.equal('');
    expect(p.style.getPropertyValue('--inn-x')).to.equal('1');
    host.remove();
  });
});
