import { dropProse } from './drop-prose.ts';
import type { ApiModel } from './model.ts';

/** What the JSON model leaves out. */
export interface JsonModelOptions {
  /**
   * Write each group without its `operations` (`model.operations` has them all, each with its
   * `group`): JSON has no shared references, so listing them in the groups too doubled the file.
   */
  groupsWithoutOperations?: boolean;
  /** Leave out the prose only the pages show (`drop-prose.ts`); responses and examples keep theirs. */
  withoutProse?: boolean;
}

/**
 * The model as plain JSON for the browser (the try-it panel and the in-page mock fetch it once).
 * A recursive schema is cut where it refers to itself, with a note, since JSON has no cycles.
 */
export function toJsonModel(model: ApiModel, options: JsonModelOptions = {}): string {
  const ancestors: object[] = [];
  function strip(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (ancestors.includes(value)) return { $comment: 'recursive: refers to an enclosing schema' };
    ancestors.push(value);
    const copy = Array.isArray(value)
      ? value.map(strip)
      : Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, strip(v)]),
        );
    ancestors.pop();
    return copy;
  }
  const groups = options.groupsWithoutOperations
    ? model.groups.map((group) =>
        Object.fromEntries(Object.entries(group).filter(([key]) => key !== 'operations')),
      )
    : model.groups;
  const plain = strip({ ...model, groups }) as Record<string, unknown>;
  return JSON.stringify(options.withoutProse ? dropProse(plain) : plain);
}
