import type { ApiModel } from '../openapi/model.ts';
import { buildAgentTools } from './build-agent-tools.ts';

/** Where the tool definitions are served, relative to the site's base path. */
export const AGENT_TOOLS_PATH = 'agent-tools.json';

/**
 * The JSON documents served as agent tools, and the one tool the AI agents guide shows as an
 * example: the first read-only tool that takes a path parameter (`getSession` today).
 */
export function agentToolValues(model: ApiModel): {
  allToolsJson: string;
  readOnlyToolsJson: string;
  exampleToolJson: string;
} {
  const readOnly = buildAgentTools(model, { readOnly: true });
  const example = readOnly.find((tool) => tool.request.pathParameters.length > 0) ?? readOnly[0];
  return {
    allToolsJson: toDocument(model, false),
    readOnlyToolsJson: toDocument(model, true),
    exampleToolJson: `${JSON.stringify(example ?? null, null, 2)}\n`,
  };
}

function toDocument(model: ApiModel, readOnly: boolean): string {
  const tools = buildAgentTools(model, { readOnly });
  return `${JSON.stringify({ api: model.title, version: model.version, baseUrl: model.servers[0]?.url, tools }, null, 2)}\n`;
}
