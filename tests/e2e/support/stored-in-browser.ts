import type { Page } from '@playwright/test';

/** Everything the page keeps in the browser as one string: storage, cookies and the address. */
export async function storedInBrowser(page: Page): Promise<string> {
  const inPage = await page.evaluate(() =>
    JSON.stringify({
      local: Object.entries(localStorage),
      session: Object.entries(sessionStorage),
      cookie: document.cookie,
    }),
  );
  return `${inPage} ${JSON.stringify(await page.context().cookies())} ${page.url()}`;
}
