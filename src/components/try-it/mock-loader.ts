import type { ApiModel } from '../../lib/openapi/model.ts';
import { bindMockControls } from './mock-controls.ts';
import type { MockTarget } from './mock-target.ts';

/** The in-page mock, loaded on first use only (its code is fetched then). */
export interface MockLoader {
  get(): Promise<MockTarget>;
  /** The mock if it is already loaded; nothing is loaded by asking. */
  loaded(): MockTarget | undefined;
}

/** Loads the mock over `model` once and binds its "Simulated app" controls to `fieldset`. */
export function createMockLoader(model: ApiModel, fieldset: HTMLFieldSetElement): MockLoader {
  let mock: MockTarget | undefined;
  let loading: Promise<MockTarget> | undefined;
  return {
    get() {
      loading ??= import('./mock-target.ts').then(({ openMock }) => {
        mock = openMock(model);
        bindMockControls(fieldset, mock.store);
        return mock;
      });
      loading.catch(() => (loading = undefined));
      return loading;
    },
    loaded: () => mock,
  };
}
