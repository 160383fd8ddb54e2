import type { APIRoute } from 'astro';
import { apiModel } from '../data/api-model.ts';
import { toJsonModel } from '../lib/openapi/to-json-model.ts';

/**
 * The dereferenced contract model, fetched by the try-it panel and the in-page mock on first use.
 * Neither reads the groups' operation lists, so they are left out (half the file), nor the prose
 * only the pages show (descriptions of operations, parameters and schemas: a third of the rest).
 */
export const GET: APIRoute = () =>
  new Response(toJsonModel(apiModel, { groupsWithoutOperations: true, withoutProse: true }), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
