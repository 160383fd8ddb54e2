import type { ApiModel, OperationModel } from '../../lib/openapi/model.ts';
import type { InputsToApply } from './apply-inputs.ts';
import type { MockLoader } from './mock-loader.ts';
import type { PanelFields } from './panel-fields.ts';
import type { PanelStore } from './panel-store.ts';
import type { ResponseView } from './response-view.ts';
import type { SnippetView } from './snippet-view.ts';
import type { TokenStore } from './token-store.ts';

/** Everything a mounted panel's functions work with: its form, its operation, its state. */
export interface PanelContext {
  fields: PanelFields;
  model: ApiModel;
  operation: OperationModel;
  /** The contract's server URL, used for the mock and as the app's default base URL. */
  documentedBase: string;
  /** The site's base path (`/docs/`), for links to other operation pages and the history page. */
  basePath: string;
  store: PanelStore;
  view: ResponseView;
  snippets: SnippetView;
  appTokens: TokenStore;
  mock: MockLoader;
  /** The inputs as the page renders them, before anything is restored or filled in. */
  pageInputs: InputsToApply;
}
