import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import { type AgentTool, buildAgentTools } from '../src/lib/agent-tools/build-agent-tools.ts';
import type { ApiModel, OperationModel } from '../src/lib/openapi/model.ts';

/** One operation as an MCP tool: the agent tool it is generated from, and its operation. */
export interface OperationTool {
  agentTool: AgentTool;
  operation: OperationModel;
  definition: Tool;
  /** True for a tool that needs full-automation mode (a write or an action). */
  writes: boolean;
}

/** The MCP definition of an agent tool: the same name, words, schema and hints as agent-tools.json. */
export function toMcpTool(tool: AgentTool): Tool {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    inputSchema: tool.parameters as Tool['inputSchema'],
    annotations: { title: tool.title, ...tool.annotations },
  };
}

/** One tool per operation of the contract, by name, in contract order. */
export function buildOperationTools(model: ApiModel): Map<string, OperationTool> {
  const operations = new Map(model.operations.map((operation) => [operation.id, operation]));
  return new Map(
    buildAgentTools(model).flatMap((agentTool) => {
      const operation = operations.get(agentTool.name);
      if (!operation) return [];
      const entry: OperationTool = {
        agentTool,
        operation,
        definition: toMcpTool(agentTool),
        writes: agentTool.mode !== 'read-only',
      };
      return [[agentTool.name, entry] as const];
    }),
  );
}
