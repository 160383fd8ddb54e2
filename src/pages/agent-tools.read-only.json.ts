import type { APIRoute } from 'astro';
import { apiModel } from '../data/api-model.ts';
import { agentToolValues } from '../lib/agent-tools/agent-tool-values.ts';

/** `<base>/agent-tools.read-only.json`: only the tools that read-only mode allows. */
export const GET: APIRoute = () =>
  new Response(agentToolValues(apiModel).readOnlyToolsJson, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
