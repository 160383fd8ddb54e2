import type { Diagnosis } from './diagnose.ts';
import { HIGHLIGHT_LIMIT_BYTES, renderBody } from './render-json.ts';
import { formatSize } from './format-size.ts';
import { setHidden, setText } from './set-text.ts';
import type { Exchange } from './send-request.ts';

/** The elements of the panel's response section. */
export interface ResponseView {
  section: HTMLElement;
  answeredBy: HTMLElement;
  statusLine: HTMLElement;
  duration: HTMLElement;
  size: HTMLElement;
  copyBody: HTMLButtonElement;
  diagnosis: HTMLElement;
  contractCheck: HTMLElement;
  headers: HTMLElement;
  body: HTMLElement;
  download: HTMLAnchorElement;
}

/** Finds the response section's parts in the panel. */
export function findResponseView(root: ParentNode): ResponseView {
  const pick = (name: string) => root.querySelector<HTMLElement>(`[data-${name}]`) as HTMLElement;
  return {
    section: pick('response'),
    answeredBy: pick('answered-by'),
    statusLine: pick('status-line'),
    duration: pick('duration'),
    size: pick('size'),
    copyBody: pick('action="copy-body"') as HTMLButtonElement,
    diagnosis: pick('diagnosis'),
    contractCheck: pick('contract-check'),
    headers: pick('headers'),
    body: pick('body'),
    download: pick('download') as HTMLAnchorElement,
  };
}

/** Shows a diagnosis (or hides the box): a title and lines, as text. */
export function renderDiagnosis(target: HTMLElement, diagnosis: Diagnosis | undefined): void {
  setHidden(target, diagnosis === undefined);
  if (target.firstChild) target.replaceChildren();
  if (!diagnosis) return;
  target.dataset.tone = diagnosis.tone;
  const title = document.createElement('p');
  title.className = 'try-it-diagnosis-title';
  title.textContent = diagnosis.title;
  const list = document.createElement('ul');
  for (const line of diagnosis.details) {
    const item = document.createElement('li');
    item.textContent = line;
    list.append(item);
  }
  target.append(title, list);
}

let downloadUrl: string | undefined;

/** Reason phrases for statuses whose response carries none (HTTP/2, the in-page mock). */
const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  421: 'Misdirected Request',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  503: 'Service Unavailable',
};

/** `404 Not Found`: the status and its reason phrase. */
export function statusText(status: number, given: string): string {
  return `${status} ${given || REASONS[status] || ''}`.trim();
}

/** Lists the headers as terms and values, unless the list already shows exactly these. */
function renderHeaders(target: HTMLElement, headers: ReadonlyArray<[string, string]>): void {
  const key = JSON.stringify(headers);
  if (target.dataset.shown === key) return;
  target.dataset.shown = key;
  target.replaceChildren(
    ...headers.flatMap(([name, value]) => {
      const term = document.createElement('dt');
      term.textContent = name;
      const detail = document.createElement('dd');
      detail.textContent = value;
      return [term, detail];
    }),
  );
}

/**
 * Shows an exchange: who answered, status, time, headers, body (all as text), and a diagnosis.
 * What did not change since the last answer is left as it is, and text is changed in place
 * (set-text.ts), so that an answer like the last costs no restyling of the page.
 */
export function renderExchange(
  view: ResponseView,
  exchange: Exchange,
  answeredBy: string,
  diagnosis: Diagnosis | undefined,
): void {
  setHidden(view.section, false);
  setText(view.answeredBy, answeredBy);
  setText(view.duration, `${exchange.durationMs} ms`);
  renderDiagnosis(view.diagnosis, diagnosis);
  setHidden(view.download, true);
  setText(view.size, exchange.kind === 'response' ? `· ${formatSize(exchange.bytes.length)}` : '');
  // Only a body decoded as text can go on the clipboard; a binary one is downloaded.
  setHidden(view.copyBody, exchange.kind === 'failure' || exchange.bodyText === undefined);
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  if (exchange.kind === 'failure') {
    setText(view.statusLine, 'No response');
    renderHeaders(view.headers, []);
    renderBody(view.body, '');
    return;
  }
  setText(view.statusLine, statusText(exchange.status, exchange.statusText));
  renderHeaders(view.headers, exchange.headers);
  if (exchange.bodyText === undefined || exchange.bytes.length > HIGHLIGHT_LIMIT_BYTES) {
    renderBody(
      view.body,
      exchange.bodyText === undefined
        ? `Binary body (${exchange.contentType}, ${exchange.bytes.length} bytes): download it to open it.`
        : exchange.bodyText,
    );
    downloadUrl = URL.createObjectURL(new Blob([exchange.bytes], { type: exchange.contentType }));
    view.download.href = downloadUrl;
    view.download.download = 'response-body';
    setHidden(view.download, false);
    return;
  }
  renderBody(view.body, exchange.bodyText);
}
