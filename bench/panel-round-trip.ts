/**
 * The try-it panel's mock round trip: from the click on Send to the answer rendered (status line,
 * body and contract check in the page, and the frame showing them painted), timed inside the page
 * with performance.now(), on an operation page of a production build served by `astro preview`.
 * "Painted" is the end of the browser's rendering work for the first frame after the answer: an
 * animation-frame callback runs just before that frame's style, layout and paint, and a message
 * posted from it is delivered just after them. (Two animation frames, as measured before, also
 * count the wait for the frame after that one: up to 16.7 ms that are not the panel's.)
 * Each run opens the page and the panel (the mock's code loads then), sends once, then --sends
 * times more; reported are the medians of the first sends and of the others, and how much of it
 * the panel itself counts as the exchange with the mock (its "N ms" next to the status).
 *
 * It also reports how long each phase of a send took, from the panel's performance marks
 * (mark-phase.ts) and its own: less noisy on a shared machine than the whole figure.
 * The clicks come right after the previous send's frame, so they keep one phase against the
 * display's frames through a run; --random-phase waits 0–16.7 ms before each click instead, as a
 * reader's clicks fall anywhere in a frame.
 *
 *   node bench/panel-round-trip.ts [--sends 50] [--runs 3] [--port 4481] [--work DIR] [--reuse-build]
 *                                  [--random-phase] [--label NAME]
 *
 * Results go to bench/results/panel-round-trip-<date>[-NAME].json.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import config from '../playwright.config.ts';
import { buildCopy, startPreview } from './serve/preview-build.ts';
import { median } from './scale/format-report.ts';
import { SEND_PHASES } from '../src/components/try-it/mark-phase.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sends: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4481' },
    work: { type: 'string', default: join(tmpdir(), 'sessiondock-bench-lighthouse') },
    'reuse-build': { type: 'boolean', default: false },
    'random-phase': { type: 'boolean', default: false },
    label: { type: 'string' },
  },
});
const work = resolve(values.work);
if (work.startsWith(root)) throw new Error('keep --work outside the repository');
/** A read whose answer has a real body: the simulated library's sessions. */
const OPERATION_PAGE = 'api-reference/sessions/listsessions/';

/** One send: ms from the click to the response on screen, the part the panel itself reports as the exchange, and when each phase ended. */
interface SendTiming {
  total: number;
  exchange: number;
  /** ms from the click to the end of each phase: the panel's marks, then `seen`, `frame`, `painted`. */
  phases: Record<string, number>;
}

/** The phases between two moments of a send, as reported: name, from, to. */
const PHASE_SPANS: Array<[name: string, from: string, to: string]> = [
  ['click to the Send handler (dispatch, default action)', 'click', 'send'],
  ['request built, "Sending…" shown', 'send', 'request'],
  ['target answered (mock: msw getResponse, handler)', 'request', 'answered'],
  ['body read', 'answered', 'read'],
  ['answer rendered', 'read', 'rendered'],
  ['checked against the contract', 'rendered', 'checked'],
  ['status written', 'checked', 'shown'],
  ['until the page saw it (microtasks)', 'shown', 'seen'],
  ['wait for the frame', 'seen', 'frame'],
  ['the frame: style, layout, paint', 'frame', 'painted'],
];

/** Clicks Send (after `delayMs`) and resolves once the new response is on screen. */
function timeOneSend(page: Page, delayMs: number): Promise<SendTiming> {
  return page.evaluate(
    ({ marks, delayMs }) =>
      new Promise<SendTiming>((done, fail) => {
        const panel = document.querySelector('sd-try-it');
        const send = panel?.querySelector<HTMLButtonElement>('button[type="submit"]');
        const statusLine = panel?.querySelector('[data-status-line]');
        const body = panel?.querySelector('[data-body]');
        if (!panel || !send || !statusLine || !body) {
          fail(new Error('no open try-it panel'));
          return;
        }
        const status = panel.querySelector('[data-status]');
        const contractCheck = panel.querySelector<HTMLElement>('[data-contract-check]');
        let sent = false;
        let start = NaN;
        const phases: Record<string, number> = { click: 0 };
        const observer = new MutationObserver((records) => {
          // The panel shows "Sending…" first; it writes "200 OK in N ms." last, once the status
          // line, the body and the contract check are in the page. Both may be written before
          // this observer runs, so the text replaced is read too.
          const said = status?.textContent ?? '';
          if (
            said.includes('Sending') ||
            records.some((record) => record.oldValue?.includes('Sending'))
          )
            sent = true;
          if (
            sent &&
            / in \d+ ms\.$/.test(said) &&
            /^\d{3}\b/.test(statusLine.textContent) &&
            body.textContent.length > 0 &&
            contractCheck?.hidden === false &&
            contractCheck.textContent.length > 0
          ) {
            observer.disconnect();
            phases.seen = performance.now() - start;
            for (const name of marks) {
              const mark = performance.getEntriesByName(`try-it:${name}`, 'mark').at(-1);
              if (mark && mark.startTime >= start) phases[name] = mark.startTime - start;
            }
            const exchange = Number.parseFloat(
              panel.querySelector('[data-duration]')?.textContent ?? '',
            );
            const painted = new MessageChannel();
            painted.port1.onmessage = () => {
              phases.painted = performance.now() - start;
              done({ total: phases.painted, exchange, phases });
            };
            requestAnimationFrame(() => {
              phases.frame = performance.now() - start;
              painted.port2.postMessage(undefined);
            });
          }
        });
        observer.observe(panel, {
          subtree: true,
          childList: true,
          characterData: true,
          characterDataOldValue: true,
          attributes: true,
        });
        const click = () => {
          start = performance.now();
          send.click();
        };
        if (delayMs > 0) setTimeout(click, delayMs);
        else click();
      }),
    { marks: [...SEND_PHASES], delayMs },
  );
}

/** One frame at 60 Hz: the range of the random wait before a click with --random-phase. */
const FRAME_MS = 1000 / 60;

const build = await buildCopy(root, work, values['reuse-build']);
const preview = await startPreview(build, Number(values.port));
const browser = await chromium.launch(config.use?.launchOptions);
const runs: Array<{ run: number; load: number; cold: SendTiming; warm: SendTiming[] }> = [];
try {
  for (let run = 1; run <= Number(values.runs); run += 1) {
    const page = await browser.newPage();
    await page.goto(`${preview.url}${OPERATION_PAGE}`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Open the try-it panel' }).click();
    await page.locator('sd-try-it form[aria-busy="false"]').waitFor();
    const load = loadavg()[0] ?? NaN;
    const cold = await timeOneSend(page, 0);
    const warm: SendTiming[] = [];
    for (let send = 0; send < Number(values.sends); send += 1)
      warm.push(await timeOneSend(page, values['random-phase'] ? Math.random() * FRAME_MS : 0));
    runs.push({ run, load, cold, warm });
    process.stderr.write(
      `bench: run ${run}: first ${cold.total.toFixed(1)} ms, then median ${median(warm.map((send) => send.total)).toFixed(1)} ms\n`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await preview.stop();
}

console.log(
  "| send | click to rendered response: median | p90 | min | max | of which the exchange (panel's figure): median | sends |",
);
console.log('|---|---|---|---|---|---|---|');
const row = (name: string, sends: SendTiming[]) => {
  const sorted = sends.map((send) => send.total).sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const exchange = median(sends.map((send) => send.exchange));
  console.log(
    `| ${name} | ${median(sorted).toFixed(1)} ms | ${at(0.9).toFixed(1)} ms | ${sorted[0]?.toFixed(1)} ms | ${sorted.at(-1)?.toFixed(1)} ms | ${exchange.toFixed(0)} ms | ${sends.length} |`,
  );
};
row(
  'first after opening the panel',
  runs.map((run) => run.cold),
);
row(
  'the next ones',
  runs.flatMap((run) => run.warm),
);
console.log('');
console.log('| the next ones, phase | median | p90 |');
console.log('|---|---|---|');
const warmSends = runs.flatMap((run) => run.warm);
for (const [name, from, to] of PHASE_SPANS) {
  const spans = warmSends
    .map((send) => (send.phases[to] ?? NaN) - (send.phases[from] ?? NaN))
    .filter((span) => Number.isFinite(span))
    .sort((a, b) => a - b);
  if (spans.length === 0) continue;
  const p90 = spans[Math.min(spans.length - 1, Math.floor(0.9 * spans.length))] ?? NaN;
  console.log(`| ${name} | ${median(spans).toFixed(2)} ms | ${p90.toFixed(2)} ms |`);
}
const date = new Date().toISOString().slice(0, 10);
const name = `panel-round-trip-${date}${values.label ? `-${values.label}` : ''}.json`;
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, 'bench/results', name),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      page: OPERATION_PAGE,
      cpus: cpus().length,
      node: process.version,
      randomPhase: values['random-phase'],
      runs,
    },
    null,
    2,
  )}\n`,
);
process.stderr.write(`bench: raw figures in bench/results/${name}\n`);
