/**
 * The try-it panel in Mock mode, generated from the contract: for every operation, every
 * documented response (each named example) is reproduced with one click, then Send shows that
 * status from the mock, the body is valid against the contract, and the panel's own contract
 * check says so.
 */
import { expect, test } from '@playwright/test';
import { checkResponse } from '../support/check-response.ts';
import { TryItPage } from './support/try-it-page.ts';
import { loadContractModel } from '../support/load-contract-model.ts';

const model = await loadContractModel();

for (const operation of model.operations) {
  test(`${operation.id}: every documented response is reproduced in the mock`, async ({ page }) => {
    test.setTimeout(60_000);
    const tryIt = new TryItPage(page);
    await tryIt.goto(operation);
    for (const response of operation.responses) {
      for (const example of response.content[0]?.examples ?? [{ name: undefined }]) {
        await test.step(`${response.status} ${example.name ?? ''}`, async () => {
          await tryIt.reproduce(response.status, example.name);
          await tryIt.send();
          await expect(tryIt.statusLine).toHaveText(new RegExp(`^${response.status}\\b`));
          await expect(tryIt.answeredBy).toHaveText(/^Answered by the mock in this page/);
          await expect(tryIt.panel.locator('[data-contract-check]')).toHaveText(
            /^Matches the contract: /,
          );
          const contentType = await tryIt.panel
            .locator('[data-headers] dt:text-is("content-type") + dd')
            .textContent();
          const checked = await checkResponse(
            operation,
            new Response(await tryIt.body.textContent(), {
              status: Number(response.status),
              headers: { 'Content-Type': contentType ?? '' },
            }),
          );
          expect(checked.problems).toEqual([]);
          const code = (example as { value?: { error?: { code?: string } } }).value?.error?.code;
          if (code) {
            expect(checked.body.error.code).toBe(code);
            await expect(tryIt.diagnosis).toContainText(code);
          }
        });
      }
    }
  });
}

test('nothing of the panel or the mock loads before the reader opens it', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const tryIt = new TryItPage(page);
  const operation =
    model.operations.find((candidate) => candidate.id === 'listSessions') ?? model.operations[0]!;
  await tryIt.goto(operation);
  await page.waitForLoadState('networkidle');
  const before = [...scripts];
  expect(
    await page.evaluate(() =>
      [...Object.keys(sessionStorage), ...Object.keys(localStorage)].filter((key) =>
        key.startsWith('sessiondock'),
      ),
    ),
  ).toEqual([]);
  await tryIt.open();
  await tryIt.send();
  await expect(tryIt.statusLine).toHaveText(/^200\b/);
  const loadedOnOpen = scripts.filter((url) => !before.includes(url));
  expect(loadedOnOpen.length).toBeGreaterThan(0);
  expect(before.some((url) => /try-it-panel|mock-target|msw/.test(url))).toBe(false);
});

test('a session created on one page is listed on the next, and a reset brings the seed back', async ({
  page,
}) => {
  const tryIt = new TryItPage(page);
  const create = model.operations.find((candidate) => candidate.id === 'createSession')!;
  const list = model.operations.find((candidate) => candidate.id === 'listSessions')!;
  await tryIt.openAt(create);
  await tryIt.panel
    .getByLabel(/Request body/)
    .fill(
      JSON.stringify({ title: 'Panel test session \u00e9 \u2014 it\'s "quoted"', kind: 'Ableton' }),
    );
  await tryIt.send();
  await expect(tryIt.statusLine).toHaveText(/^201\b/);
  await tryIt.openAt(list);
  await tryIt.panel.getByLabel(/^q\b/).fill('Panel test session');
  await tryIt.send();
  await expect(tryIt.body).toContainText('Panel test session \u00e9 \u2014 it\'s \\"quoted\\"');
  await tryIt.panel.getByRole('button', { name: 'Reset the simulated library' }).click();
  await tryIt.send();
  await expect(tryIt.body).not.toContainText('Panel test session');
});

test('the body is checked against the request schema as the reader types, and can still be sent', async ({
  page,
}) => {
  const tryIt = new TryItPage(page);
  await tryIt.openAt(model.operations.find((candidate) => candidate.id === 'replaceSessionTags')!);
  const check = tryIt.panel.locator('[data-body-check]');
  await tryIt.panel.getByLabel(/Request body/).fill('{"tags": "mixing"}');
  await expect(check).toContainText('tags must be an array of strings');
  await tryIt.panel.getByLabel(/Request body/).fill('{"tags": [');
  await expect(check).toContainText('Not valid JSON');
  await tryIt.send();
  await expect(tryIt.statusLine).toHaveText(/^400\b/);
  await expect(tryIt.diagnosis).toContainText('invalid_json');
});

test('the JSON of an answer is coloured by kind of token, and the next answer recolours it', async ({
  page,
}) => {
  const tryIt = new TryItPage(page);
  await tryIt.openAt(model.operations.find((candidate) => candidate.id === 'listSessions')!);
  /** The text under each highlight of the body, by highlight name. */
  const coloured = () =>
    page.evaluate(() => {
      const text = document.querySelector('sd-try-it [data-body]')?.textContent ?? '';
      return Object.fromEntries(
        ['json-key', 'json-string', 'json-number', 'json-literal'].map((name) => [
          name,
          [...(CSS.highlights.get(name) ?? [])].map((range) =>
            text.slice(range.startOffset, range.endOffset),
          ),
        ]),
      );
    });
  await tryIt.send();
  await expect(tryIt.statusLine).toHaveText(/^200\b/);
  const first = await coloured();
  expect(first['json-key']).toContain('"data"');
  expect(first['json-key']?.every((key) => /^"[^"]+"$/.test(key))).toBe(true);
  expect(first['json-number']?.every((number) => /^-?\d/.test(number))).toBe(true);
  expect(first['json-string']?.length).toBeGreaterThan(0);
  // A different answer: only its own tokens are coloured, none left from the first.
  await tryIt.panel.locator('input[name="param:query:q"]').fill('no session is called this');
  await tryIt.send();
  await expect(tryIt.body).toContainText('"data": []');
  const second = await coloured();
  expect(second['json-key']).toContain('"data"');
  expect(second['json-key']?.length).toBeLessThan(first['json-key']?.length ?? 0);
  expect(second['json-key']?.every((key) => /^"[^"]+"$/.test(key))).toBe(true);
});
