import { buildOperation, buildServers } from './build-operation.ts';
import type { ApiModel, GroupModel, HttpMethod } from './model.ts';
import { asFields, asList, asText } from './read-fields.ts';
import { toSlug } from './slugs.ts';

const METHODS: readonly HttpMethod[] = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
];
/** The group of operations that carry no tag. */
const UNTAGGED = { tag: '', slug: 'other', displayName: 'Other operations' };

/** Builds the model from a validated, dereferenced OpenAPI 3.0 or 3.1 document. */
export function buildModel(document: Record<string, unknown>): ApiModel {
  const info = asFields(document.info);
  const servers = buildServers(document.servers) ?? [{ url: '/' }];
  const securitySchemes = asFields(asFields(document.components).securitySchemes);
  const groups = new Map<string, GroupModel>();
  for (const raw of asList(document.tags)) {
    const tag = asFields(raw);
    addGroup(groups, String(tag.name), asText(tag['x-displayName']), asText(tag.description));
  }
  const usedSlugs = new Set<string>();
  for (const [path, rawPathItem] of Object.entries(asFields(document.paths))) {
    const pathItem = asFields(rawPathItem);
    for (const method of METHODS) {
      if (!(method in pathItem)) continue;
      const operation = asFields(pathItem[method]);
      const tagName = asText(asList(operation.tags)[0]);
      const group = tagName === undefined ? ensureUntagged(groups) : addGroup(groups, tagName);
      const model = buildOperation(operation, {
        method,
        path,
        pathItem,
        group: group.slug,
        securitySchemes,
        documentSecurity: document.security,
        servers,
      });
      model.slug = uniqueSlug(`${group.slug}/${model.slug}`, usedSlugs).slice(
        group.slug.length + 1,
      );
      group.operations.push(model);
    }
  }
  const nonEmpty = [...groups.values()].filter((group) => group.operations.length > 0);
  return {
    title: asText(info.title) ?? 'API',
    version: asText(info.version) ?? '',
    description: asText(info.description),
    openapiVersion: String(document.openapi),
    servers,
    groups: nonEmpty,
    operations: nonEmpty.flatMap((group) => group.operations),
  };
}

function addGroup(
  groups: Map<string, GroupModel>,
  tag: string,
  displayName?: string,
  description?: string,
  slugBase = toSlug(tag),
): GroupModel {
  const existing = groups.get(tag);
  if (existing) return existing;
  const taken = new Set([...groups.values()].map((group) => group.slug));
  const slug = uniqueSlug(slugBase, taken);
  const group: GroupModel = {
    slug,
    tag,
    displayName: displayName ?? tag,
    description,
    operations: [],
  };
  groups.set(tag, group);
  return group;
}

function ensureUntagged(groups: Map<string, GroupModel>): GroupModel {
  return addGroup(groups, UNTAGGED.tag, UNTAGGED.displayName, undefined, UNTAGGED.slug);
}

/** `slug`, or `slug-2`, `slug-3`… when taken; records the result as taken. */
function uniqueSlug(slug: string, taken: Set<string>): string {
  let candidate = slug;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${slug}-${n}`;
  taken.add(candidate);
  return candidate;
}
