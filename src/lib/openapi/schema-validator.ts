import { Validator } from '@cfworker/json-schema';
import type { JsonSchema } from './model.ts';

const validators = new WeakMap<JsonSchema, Validator>();

/**
 * A JSON Schema 2020-12 validator for a schema of the model, made once per schema. It works
 * without `eval` (@cfworker/json-schema), so it also runs under a strict Content-Security-Policy.
 */
export function validatorFor(schema: JsonSchema): Validator {
  let validator = validators.get(schema);
  if (!validator) {
    // The validator annotates the schema it is given: hand it a copy so the model stays as loaded.
    validator = new Validator(structuredClone(schema), '2020-12', false);
    validators.set(schema, validator);
  }
  return validator;
}
