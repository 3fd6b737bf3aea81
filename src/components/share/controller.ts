/**
 * Everything the sharing toolbar does, as a Lit reactive controller, so that the widget only has to render it:
 *
 *     private share = new ShareController(this, {
 *       model: () => this.model, chart: () => this.chart, view: () => this.view, theme: () => resolveTheme(this),
 *     });
 *     …
 *     ${this.share.render(lang)}
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { Lang } from '../../data/types.js';
import type { ViewModel } from '../../indicators/view-model.js';
import type { Theme } from '../../charts/theme.js';
import { t } from '../../indicators/messages/catalogue.js';
import { resolveLang } from '../lang.js';
import { lazyModule } from '../../data/lazy-module.js';
import { embedCode } from './embed-code.js';
import { permalink, type ShareableElement, type ShareView } from './permalink.js';
import { copyText, download, renderShareMenu, type DownloadKind } from './share-menu.js';

export interface ShareSource {
  /** The model of the view on screen; undefined while loading or on error. */
  model(): ViewModel | undefined;
  /** The drawn chart, when the chart view is drawn. */
  chart(): { toSVG(scale?: number): Promise<string> } | undefined;
  view(): ShareView;
  theme(): Theme;
  /** The bundle URL for the embed code; default {@link bundleUrl}. */
  scriptUrl?(): string;
}

/** The download code: a chunk of its own, loaded on the first download. */
const exporter = lazyModule(() => import('./export.js'));

/** How long a status message stays before the live region is cleared. */
const STATUS_MS = 6000;

export class ShareController implements ReactiveController {
  /** What just happened, for the live region. */
  status = '';
  /** Text the browser would not copy, shown for Ctrl+C. */
  manualCopy: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly host: ReactiveControllerHost & ShareableElement;
  private readonly source: ShareSource;

  constructor(host: ReactiveControllerHost & ShareableElement, source: ShareSource) {
    this.host = host;
    this.source = source;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.status = '';
    this.manualCopy = undefined;
  }

  private get lang(): Lang {
    return resolveLang(this.host);
  }

  private say(message: string): void {
    clearTimeout(this.timer);
    this.status = message;
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.status = '';
      this.host.requestUpdate();
    }, STATUS_MS);
  }

  private root(): Document | ShadowRoot {
    return this.host.shadowRoot ?? this.host.ownerDocument;
  }

  /** Builds the file for a download button and saves it. Resolves with the file name, or undefined on failure. */
  async download(kind: DownloadKind): Promise<string | undefined> {
    const model = this.source.model();
    if (!model || model.empty) return undefined;
    try {
      const { exportFile, pageCredit } = await exporter.load();
      const credit = pageCredit(this.host.ownerDocument);
      const file = await exportFile(kind, {
        model,
        view: this.source.view(),
        chart: this.source.chart(),
        root: this.root(),
        theme: this.source.theme(),
        credit,
      });
      download(file.name, file.blob, this.host.ownerDocument);
      this.say(t(this.lang, 'downloaded', { file: file.name }));
      return file.name;
    } catch (err) {
      console.warn(`<inn-indicator>: the ${kind.toUpperCase()} download failed (${err instanceof Error ? err.message : String(err)}).`);
      this.say(t(this.lang, 'downloadFailed'));
      return undefined;
    }
  }

  private async copy(text: string, done: 'linkCopied' | 'embedCopied'): Promise<void> {
    const result = await copyText(text, this.root());
    if (result === 'copied') {
      this.manualCopy = undefined;
      this.say(t(this.lang, done));
    } else {
      this.manualCopy = text;
      this.say(t(this.lang, 'copyManually'));
    }
  }

  /** The link to the page with this widget's state in the fragment. */
  link(): string {
    return permalink(this.host, this.source.model());
  }

  /** The snippet for another page. */
  embed(): string {
    return this.source.scriptUrl ? embedCode(this.host, this.source.scriptUrl()) : embedCode(this.host);
  }

  copyLink = (): Promise<void> => this.copy(this.link(), 'linkCopied');
  copyEmbed = (): Promise<void> => this.copy(this.embed(), 'embedCopied');

  private readonly closeManual = (): void => {
    this.manualCopy = undefined;
    this.host.requestUpdate();
  };

  private readonly onDownload = (kind: DownloadKind): void => void this.download(kind);
  private readonly onCopyLink = (): void => void this.copyLink();
  private readonly onCopyEmbed = (): void => void this.copyEmbed();

  render(lang: Lang = this.lang): TemplateResult {
    return renderShareMenu({
      lang,
      status: this.status,
      manualCopy: this.manualCopy,
      onCloseManual: this.closeManual,
      onDownload: this.onDownload,
      onCopyLink: this.onCopyLink,
      onCopyEmbed: this.onCopyEmbed,
    });
  }
}
