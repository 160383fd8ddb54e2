import type { ApiModel } from '../../src/lib/openapi/model.ts';
import { createDefaultFlags, mergeFlags, type MockFlags } from './mock-flags.ts';
import type { MockState } from './mock-state.ts';
import { seedLibrary } from './seed-library.ts';

/** The state of a fresh mock: the seed library, default flags changed by `flags`, an empty request log. */
export function createSeedState(
  model: ApiModel,
  now: Date,
  flags: Partial<MockFlags> = {},
): MockState {
  const library = seedLibrary(model, now);
  return {
    flags: mergeFlags(createDefaultFlags(model), flags),
    sessions: library.sessions,
    waveformLanes: library.waveformLanes,
    requests: { count: 0, recent: [] },
    counters: { session: 1000, import: 0, note: 100 },
  };
}
