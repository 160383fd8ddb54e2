/**
 * A second JSON Schema validator (ajv), independent of the one the mock and the panel use
 * (`src/lib/openapi/schema-validator.ts`), for checking responses from outside: the conformance
 * run against a real app, and the tests against the mock.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { JsonSchema } from '../src/lib/openapi/model.ts';

// ajv-formats is CommonJS: under Node's ESM loader its callable is the default export's default.
const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule;
// OpenAPI keywords (example, x-unverified, discriminator…) are not JSON Schema: strict mode off.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const compiled = new WeakMap<JsonSchema, ValidateFunction>();

/** ajv's validator (JSON Schema 2020-12, with formats) for a schema of the model, compiled once. */
export function ajvValidatorFor(schema: JsonSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}
