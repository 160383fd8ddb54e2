import type { APIRoute } from 'astro';
import { apiModel } from '../data/api-model.ts';
import { agentToolValues } from '../lib/agent-tools/agent-tool-values.ts';

/** `<base>/agent-tools.json`: a function-calling tool per operation, generated from the contract. */
export const GET: APIRoute = () =>
  new Response(agentToolValues(apiModel).allToolsJson, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
