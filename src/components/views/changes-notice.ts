import { css, html, nothing, type TemplateResult } from 'lit';
import type { Dataset } from '../../data/types.js';
import { type ChangeNotice, changeNotice } from '../../indicators/change-notice.js';
import type { ViewModel } from '../../indicators/view-model.js';
import { adoptStyles } from '../adopt-styles.js';

export const changesStyles = css`
  .changes {
    margin: 0.25rem 0 0;
  }
  .changes summary {
    cursor: pointer;
    font-weight: 600;
  }
  .changes ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
`;

const notices = new WeakMap<ViewModel, { key: string; notice: ChangeNotice | undefined }>();

/**
 * A widget's notice of the feed's last update (one per model, day and number of days), its sheet added to the
 * widget's shadow root when there is one. `now` is the day the page is viewed (today unless a test says otherwise).
 */
export function widgetNotice(root: ShadowRoot, ds: Dataset | undefined, model: ViewModel, days: number, now: Date | undefined): ChangeNotice | undefined {
  if (!ds?.changes?.length) return undefined;
  const day = now ?? new Date();
  const key = `${days}|${day.toISOString().slice(0, 10)}`;
  let entry = notices.get(model);
  if (entry?.key !== key) notices.set(model, (entry = { key, notice: changeNotice(ds, model, { now: day, days }) }));
  if (entry.notice) adoptStyles(root, changesStyles, 'changes');
  return entry.notice;
}

/**
 * The "what changed" line under a widget's title: a native disclosure, so the line itself is the button that opens
 * the details (Enter or Space, and screen readers say "collapsed"/"expanded").
 */
export function renderChangesNotice(notice: ChangeNotice | undefined): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  return html`<details class="changes" part="changes">
    <summary>${notice.line}</summary>
    ${
      notice.details.length
        ? html`<ul>
            ${notice.details.map((d) => html`<li>${d}</li>`)}
          </ul>`
        : nothing
    }
  </details>`;
}
