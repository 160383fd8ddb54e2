/**
 * The panel keeps the reader's inputs for the visit: parameters, body, chosen example and target
 * survive a move to another page and a reload in the same tab (never the token); inputs that the
 * operation no longer has are named and dropped, a body that no longer validates is flagged.
 * The example picker fills the body (and the code samples follow), and Reset to example restores it.
 */
import { expect, test } from '@playwright/test';
import { loadContractModel } from '../support/load-contract-model.ts';
import { storedInBrowser } from './support/stored-in-browser.ts';
import { TryItPage } from './support/try-it-page.ts';

const model = await loadContractModel();
const operation = (id: string) => model.operations.find((candidate) => candidate.id === id)!;
const TOKEN = 'sd_live_0b9d-inputs-secret';

test('parameters and target come back after another page and a reload, the token does not', async ({
  page,
}) => {
  const tryIt = new TryItPage(page);
  await tryIt.openAt(operation('listSessions'));
  await tryIt.panel.getByLabel(/^q\b/).fill('drums');
  await tryIt.panel.getByLabel(/^limit\b/).fill('5');
  await tryIt.chooseApp('http://127.0.0.1:18432/api/v1', TOKEN);
  expect(await storedInBrowser(page)).not.toContain(TOKEN);

  await tryIt.openAt(operation('getHealth'));
  await expect(tryIt.panel.locator('[data-notice]')).toBeHidden();
  for (const leave of [
    () => tryIt.openAt(operation('listSessions')),
    async () => {
      await page.reload();
      await tryIt.open();
    },
  ]) {
    await leave();
    await expect(tryIt.panel.locator('[data-notice]')).toHaveText(
      'Your inputs from earlier in this visit are back.',
    );
    await expect(tryIt.panel.getByLabel(/^q\b/)).toHaveValue('drums');
    await expect(tryIt.panel.getByLabel(/^limit\b/)).toHaveValue('5');
    await expect(tryIt.panel.getByRole('radio', { name: 'My SessionDock' })).toBeChecked();
    await expect(tryIt.panel.getByLabel('Bearer token')).toHaveValue('');
    expect(await tryIt.snippet('bash')).toContain('q=drums');
  }
  expect(await storedInBrowser(page)).not.toContain(TOKEN);
});

test('saved inputs the operation no longer has are named and dropped; a body that no longer fits is flagged', async ({
  page,
}) => {
  const create = operation('createSession');
  const list = operation('listSessions');
  await page.addInitScript(
    ([createId, listId]) => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      sessionStorage.setItem(
        `sessiondock-docs:inputs:${createId}`,
        JSON.stringify({ values: { 'param:query:colour': 'blue' }, body: '{"title": 7}' }),
      );
      sessionStorage.setItem(
        `sessiondock-docs:inputs:${listId}`,
        JSON.stringify({ values: { 'param:query:sort': 'loudest', 'param:query:q': 'kept' } }),
      );
    },
    [create.id, list.id],
  );
  const tryIt = new TryItPage(page);
  await tryIt.openAt(create);
  const notice = tryIt.panel.locator('[data-notice]');
  await expect(notice).toContainText(
    'Dropped, because the operation no longer has it: `colour` (no longer a parameter of this operation).',
  );
  await expect(notice).toContainText(
    'The body no longer matches the request schema: title must be a string.',
  );
  await expect(tryIt.panel.getByLabel(/Request body/)).toHaveValue('{"title": 7}');

  await tryIt.openAt(list);
  await expect(notice).toContainText('`sort` = "loudest" (no longer one of its choices)');
  await expect(tryIt.panel.getByLabel(/^q\b/)).toHaveValue('kept');
  await expect(tryIt.panel.getByLabel(/^sort\b/)).toHaveValue('');
});

test('the example picker fills the body, the code follows, Reset restores it, and the choice is kept', async ({
  page,
}) => {
  const imports = operation('createImport');
  const examples = imports.requestBody!.content[0]!.examples;
  expect(examples.length).toBeGreaterThan(1);
  const second = examples[1]!;
  const tryIt = new TryItPage(page);
  await tryIt.openAt(imports);
  const picker = tryIt.panel.getByLabel('Start from the example');
  const editor = tryIt.panel.getByLabel(/Request body/);
  await expect(picker).toHaveValue(examples[0]!.name);
  await expect(editor).toHaveValue(JSON.stringify(examples[0]!.value, null, 2));
  await picker.selectOption(second.name);
  await expect(editor).toHaveValue(JSON.stringify(second.value, null, 2));
  const onlyInSecond = JSON.stringify(second.value)
    .match(/"[^"]+"/g)!
    .find((text) => !JSON.stringify(examples[0]!.value).includes(text))!;
  expect(await tryIt.snippet('bash')).toContain(onlyInSecond);
  await editor.fill('{"items": []}');
  await tryIt.panel.getByRole('button', { name: 'Reset to example' }).click();
  await expect(editor).toHaveValue(JSON.stringify(second.value, null, 2));
  await page.reload();
  await tryIt.open();
  await expect(picker).toHaveValue(second.name);
  await expect(editor).toHaveValue(JSON.stringify(second.value, null, 2));
});
