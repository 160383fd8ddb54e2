import { compileErrors, dereference, validate } from '@readme/openapi-parser';
import { buildModel } from './build-model.ts';
import { ContractError } from './contract-error.ts';
import type { ApiModel } from './model.ts';
import { parsedContract } from './parsed-contract.ts';

type ParserInput = Parameters<typeof validate>[0];

/**
 * Parses, validates and dereferences a contract once and returns its model.
 * Any problem throws a ContractError with the parser's message and the location it reports.
 * `validate: false` skips the schema validation (about a second) for a caller that validates
 * separately, such as the sandbox, which starts listening first.
 */
export async function loadContract(
  text: string,
  source: string,
  options: { validate?: boolean } = {},
): Promise<ApiModel> {
  const document = parsedContract(text, source);
  if (typeof document.openapi !== 'string' || !/^3\.[01]\./.test(document.openapi)) {
    throw new ContractError(
      source,
      `${source}: "openapi" must be a 3.0.x or 3.1.x version, found ${JSON.stringify(document.openapi ?? null)}`,
    );
  }
  // The parser mutates what it is given: validate and dereference separate copies.
  if (options.validate !== false) {
    const result = await validate(structuredClone(document) as ParserInput, {
      resolve: { external: false },
    });
    if (!result.valid) throw new ContractError(source, compileErrors(result));
  }
  let dereferenced: Record<string, unknown>;
  try {
    dereferenced = (await dereference(structuredClone(document) as ParserInput, {
      resolve: { external: false },
      dereference: { circular: true },
    })) as unknown as Record<string, unknown>;
  } catch (error) {
    throw new ContractError(source, error instanceof Error ? error.message : String(error));
  }
  return buildModel(dereferenced);
}
