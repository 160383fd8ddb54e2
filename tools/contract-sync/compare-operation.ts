import type { OperationModel, ParameterModel } from '../../src/lib/openapi/model.ts';
import { compareContent, compareSchemaOf } from './compare-content.ts';
import { firstValueDifference, type Finding } from './compare-examples.ts';

/**
 * Every difference between our operation and the app's at the same method and path: its id and
 * mode, parameters, request body, statuses, and each response's media types, schemas and
 * examples. Summaries, descriptions and other prose are not compared.
 */
export function compareOperation(ours: OperationModel, theirs: OperationModel): Finding[] {
  const findings: Finding[] = [];
  if (ours.id !== theirs.id)
    findings.push({ where: 'operationId', what: `ours ${ours.id}, app ${theirs.id}` });
  if (ours.mode && theirs.mode && ours.mode !== theirs.mode) {
    findings.push({ where: 'x-sessiondock-mode', what: `ours ${ours.mode}, app ${theirs.mode}` });
  }
  findings.push(...compareParameters(ours.parameters, theirs.parameters));
  findings.push(...compareRequestBody(ours, theirs));
  findings.push(...compareResponses(ours, theirs));
  return findings;
}

function compareParameters(ours: ParameterModel[], theirs: ParameterModel[]): Finding[] {
  const findings: Finding[] = [];
  const label = (parameter: ParameterModel) => `parameter ${parameter.name} (${parameter.in})`;
  const find = (list: ParameterModel[], parameter: ParameterModel) =>
    list.find((candidate) => candidate.name === parameter.name && candidate.in === parameter.in);
  for (const parameter of ours) {
    const other = find(theirs, parameter);
    if (!other) {
      findings.push({ where: label(parameter), what: 'only in our contract' });
      continue;
    }
    if (parameter.required !== other.required) {
      findings.push({
        where: label(parameter),
        what: `required: ours ${parameter.required}, app ${other.required}`,
      });
    }
    findings.push(...compareSchemaOf(`${label(parameter)} schema`, parameter.schema, other.schema));
    const example =
      parameter.example !== undefined && other.example !== undefined
        ? firstValueDifference(parameter.example, other.example)
        : undefined;
    if (example)
      findings.push({ where: `${label(parameter)} example`, what: `differs at ${example}` });
  }
  for (const parameter of theirs) {
    if (!find(ours, parameter))
      findings.push({ where: label(parameter), what: "only in the app's document" });
  }
  return findings;
}

function compareRequestBody(ours: OperationModel, theirs: OperationModel): Finding[] {
  const [a, b] = [ours.requestBody, theirs.requestBody];
  if (!a && !b) return [];
  if (!a || !b)
    return [
      { where: 'request body', what: a ? 'only in our contract' : "only in the app's document" },
    ];
  const findings: Finding[] = [];
  if (a.required !== b.required)
    findings.push({
      where: 'request body',
      what: `required: ours ${a.required}, app ${b.required}`,
    });
  return [...findings, ...compareContent('request body', a.content, b.content)];
}

function compareResponses(ours: OperationModel, theirs: OperationModel): Finding[] {
  const findings: Finding[] = [];
  for (const response of ours.responses) {
    const other = theirs.responses.find((candidate) => candidate.status === response.status);
    if (!other) findings.push({ where: `status ${response.status}`, what: 'only in our contract' });
    else
      findings.push(
        ...compareContent(`response ${response.status}`, response.content, other.content),
      );
  }
  for (const response of theirs.responses) {
    if (!ours.responses.some((candidate) => candidate.status === response.status)) {
      findings.push({ where: `status ${response.status}`, what: "only in the app's document" });
    }
  }
  return findings;
}
