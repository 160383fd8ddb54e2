import type { ApiModel } from '../openapi/model.ts';
import { buildAgentTools } from './build-agent-tools.ts';

/** Where the tool definitions are served, relative to the site's base path. */
export const AGENT_TOOLS_PATH = 'agent-tools.json';

/** The JSON documents served as agent tools and shown in the AI agents guide. */
export function agentToolValues(model: ApiModel): { allToolsJson: string; readOnlyToolsJson: string } {
  return {
    allToolsJson: toDocument(model, false),
    readOnlyToolsJson: toDocument(model, true),
  };
}

function toDocument(model: ApiModel, readOnly: boolean): string {
  const tools = buildAgentTools(model, { readOnly });
  return `${JSON.stringify({ api: model.title, version: model.version, baseUrl: model.servers[0]?.url, tools }, null, 2)}\n`;
}
