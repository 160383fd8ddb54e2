/**
 * The contract as a plain YAML tree, for tests that check what the document itself says (its
 * `$ref`s, names and examples as written) rather than the site's model built from it.
 */
import assert from 'node:assert/strict';
import { readContractDocument } from '../support/load-contract-model.ts';

export type Node = Record<string, any>;
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type Mode = 'read-only' | 'full-automation';

export const doc = readContractDocument() as Node;
export const METHODS: Method[] = ['get', 'post', 'put', 'patch', 'delete'];

/** Follows local `$ref`s until a plain node is reached. */
export function deref(node: Node): Node {
  let current = node;
  while (typeof current.$ref === 'string') {
    const pointer = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((part: string) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
    // A pointer into nothing reads undefined on the way: the assertion below reports it.
    const target = pointer.reduce<Node | undefined>((parent, key) => parent?.[key], doc);
    assert.ok(target, `unresolved $ref ${node.$ref}`);
    current = target;
  }
  return current;
}

/** Finds an operation by operationId, with its method and path. */
export function findOperation(operationId: string): {
  method: Method;
  path: string;
  operation: Node;
} {
  for (const [path, pathItem] of Object.entries(doc.paths as Node)) {
    for (const method of METHODS) {
      const operation = (pathItem as Node)[method];
      if (operation?.operationId === operationId) return { method, path, operation };
    }
  }
  throw new assert.AssertionError({ message: `operation ${operationId} is missing` });
}

/** Returns the resolved response of an operation for a status. */
export function getResponse(operationId: string, status: number): Node {
  const response = findOperation(operationId).operation.responses?.[String(status)];
  assert.ok(response, `${operationId} has no ${status} response`);
  return deref(response);
}

/** Returns the resolved named examples of a JSON media type, in document order. */
export function getExamples(mediaOwner: Node): [string, Node][] {
  const examples = mediaOwner.content?.['application/json']?.examples ?? {};
  return Object.entries(examples as Node).map(([key, example]) => [key, deref(example as Node)]);
}

/** Every operationId of the contract, in document order. */
export function operationIds(): string[] {
  return Object.values(doc.paths as Node).flatMap((pathItem) =>
    METHODS.filter((method) => (pathItem as Node)[method]).map(
      (method) => (pathItem as Node)[method].operationId as string,
    ),
  );
}
