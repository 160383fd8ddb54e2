import { expect, type Locator, type Page } from '@playwright/test';
import { operationRoute } from '../../../src/lib/reference/routes.ts';
import type { OperationModel } from '../../../src/lib/openapi/model.ts';

/** The try-it panel of an operation page, as a reader uses it. */
export class TryItPage {
  readonly page: Page;
  readonly panel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.locator('sd-try-it');
  }

  async goto(operation: OperationModel): Promise<void> {
    await this.page.goto(operationRoute(operation));
  }

  /** Opens the operation's page and its panel, ready to send. */
  async openAt(operation: OperationModel): Promise<void> {
    await this.goto(operation);
    await this.open();
  }

  /** Opens the operation's page and its panel, set to send to an app at `baseUrl` with `token`. */
  async openOnApp(operation: OperationModel, baseUrl: string, token: string): Promise<void> {
    await this.openAt(operation);
    await this.chooseApp(baseUrl, token);
  }

  async open(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Open the try-it panel' }).click();
    await expect(this.panel.locator('form')).toHaveAttribute('aria-busy', 'false');
    await expect(this.sendButton).toBeEnabled();
  }

  get sendButton(): Locator {
    return this.panel.getByRole('button', { name: 'Send', exact: true });
  }

  get status(): Locator {
    return this.panel.locator('[data-status]');
  }

  get statusLine(): Locator {
    return this.panel.locator('[data-status-line]');
  }

  get answeredBy(): Locator {
    return this.panel.locator('[data-answered-by]');
  }

  get diagnosis(): Locator {
    return this.panel.locator('[data-diagnosis]');
  }

  get body(): Locator {
    return this.panel.locator('[data-body]');
  }

  /** Clicks the Reproduce button of a documented response (and example) on the page. */
  async reproduce(status: string, example?: string): Promise<void> {
    // Each example is on the page twice: under its schema, and in the wide layout's right pane,
    // where it shows once its status's tab is chosen.
    const buttons = this.page
      .locator(
        `[data-reproduce-status="${status}"]${example ? `[data-reproduce-example="${example}"]` : ''}`,
      )
      .filter({ visible: true });
    if ((await buttons.count()) === 0) {
      await this.page
        .locator('.reference-response-examples')
        .getByRole('tab', { name: status, exact: true })
        .click();
    }
    await buttons.first().click();
    await expect(this.status).toContainText(`Ready to reproduce ${status}`);
  }

  async chooseApp(baseUrl: string, token: string): Promise<void> {
    await this.panel.getByRole('radio', { name: 'My SessionDock' }).check();
    await this.panel.getByLabel('Base URL').fill(baseUrl);
    await this.panel.getByLabel('Bearer token').fill(token);
  }

  /** Sends and waits until the panel shows an outcome (a status line or a diagnosis). */
  async send(): Promise<void> {
    await this.sendButton.click();
    await expect(this.status).not.toHaveText(/Sending/, { timeout: 15_000 });
  }

  /** The code of the selected snippet tab. */
  async snippet(label: string): Promise<string> {
    await this.panel.getByRole('tab', { name: label, exact: true }).click();
    return (await this.panel.locator('[data-snippet]').textContent()) ?? '';
  }
}
