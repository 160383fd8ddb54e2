import { readErrorEnvelope } from '../../src/lib/openapi/error-envelope.ts';
import type {
  ExampleModel,
  MediaTypeModel,
  OperationModel,
  ResponseModel,
} from '../../src/lib/openapi/model.ts';
import { firstValueDifference } from './compare-examples.ts';
import { compareOperation } from './compare-operation.ts';
import { compareSchemas } from './compare-schemas.ts';
import { mergeVerdicts, verdict, type MarkVerdict } from './mark-verdict.ts';
import type { OperationPair } from './match-operations.ts';
import { settleSchemaMarks } from './schema-marks.ts';

const UNVERIFIED_TOO = "the app's document marks it unverified too";

/**
 * What the app's document makes of each `x-unverified` mark of our contract (on operations,
 * parameters, responses, examples and inside schemas): `settled` when it confirms the fact,
 * `differs` when it says otherwise, `open` when it says nothing or is unsure itself.
 */
export function settleMarks(pairs: OperationPair[]): MarkVerdict[] {
  const verdicts: MarkVerdict[] = [];
  for (const { ours, theirs } of pairs) {
    if (!ours) continue;
    if (ours.unverified) verdicts.push(settleOperation(ours, theirs, ours.unverified));
    for (const parameter of ours.parameters) {
      if (!parameter.unverified) continue;
      const location = `${ours.id} › parameter ${parameter.name} (${parameter.in})`;
      const other = theirs?.parameters.find(
        (candidate) => candidate.name === parameter.name && candidate.in === parameter.in,
      );
      const first = other && compareSchemas(parameter.schema, other.schema)[0];
      verdicts.push(
        !theirs
          ? verdict(
              'open',
              location,
              parameter.unverified,
              "the app's document has no such operation",
            )
          : !other
            ? verdict(
                'differs',
                location,
                parameter.unverified,
                "the app's document has no such parameter",
              )
            : other.unverified
              ? verdict('open', location, parameter.unverified, UNVERIFIED_TOO)
              : first
                ? verdict(
                    'differs',
                    location,
                    parameter.unverified,
                    `the app's schema differs at ${first.path || '/'}: ours ${first.ours}, app ${first.theirs}`,
                  )
                : other.required !== parameter.required
                  ? verdict(
                      'differs',
                      location,
                      parameter.unverified,
                      `required: ours ${parameter.required}, app ${other.required}`,
                    )
                  : verdict(
                      'settled',
                      location,
                      parameter.unverified,
                      "the app's document gives the same schema",
                    ),
      );
    }
    for (const response of ours.responses) {
      const other = theirs?.responses.find((candidate) => candidate.status === response.status);
      if (response.unverified) verdicts.push(settleResponse(ours, theirs, response, other));
      for (const media of response.content)
        verdicts.push(
          ...settleExamples(`${ours.id} › response ${response.status}`, media, other?.content),
        );
    }
    for (const media of ours.requestBody?.content ?? []) {
      verdicts.push(
        ...settleExamples(`${ours.id} › request body`, media, theirs?.requestBody?.content),
      );
    }
    verdicts.push(...settleSchemaMarks(ours, theirs));
  }
  return mergeVerdicts(verdicts);
}

function settleOperation(
  ours: OperationModel,
  theirs: OperationModel | undefined,
  text: string,
): MarkVerdict {
  const location = ours.id;
  if (!theirs)
    return verdict(
      'differs',
      location,
      text,
      `the app's document has no ${ours.method.toUpperCase()} ${ours.path}`,
    );
  if (theirs.unverified) return verdict('open', location, text, UNVERIFIED_TOO);
  const differences = compareOperation(ours, theirs).filter(
    (finding) => !finding.where.includes(' example "'),
  );
  return differences.length === 0
    ? verdict(
        'settled',
        location,
        text,
        `the app documents the same parameters, body and statuses (${statusList(theirs)})`,
      )
    : verdict(
        'differs',
        location,
        text,
        `${differences.length} difference(s) in this operation, listed above`,
      );
}

function settleResponse(
  ours: OperationModel,
  theirs: OperationModel | undefined,
  response: ResponseModel,
  other: ResponseModel | undefined,
): MarkVerdict {
  const location = `${ours.id} › response ${response.status}`;
  const text = response.unverified ?? '';
  if (!theirs) return verdict('open', location, text, "the app's document has no such operation");
  if (!other)
    return verdict(
      'differs',
      location,
      text,
      `the app documents ${statusList(theirs)}, not ${response.status}`,
    );
  if (other.unverified) return verdict('open', location, text, UNVERIFIED_TOO);
  return verdict('settled', location, text, `the app documents ${response.status} too`);
}

function settleExamples(
  where: string,
  media: MediaTypeModel,
  theirContent: MediaTypeModel[] | undefined,
): MarkVerdict[] {
  const theirMedia = theirContent?.find((candidate) => candidate.mediaType === media.mediaType);
  return media.examples
    .filter((example) => example.unverified)
    .map((example) => {
      const location = `${where} example "${example.name}"`;
      const text = example.unverified ?? '';
      const other = theirMedia && findCounterpart(example, theirMedia.examples);
      if (!other)
        return verdict(
          'open',
          location,
          text,
          "the app's document has no example with this name or error code",
        );
      if (other.unverified) return verdict('open', location, text, UNVERIFIED_TOO);
      const difference = firstValueDifference(example.value, other.value);
      return difference
        ? verdict(
            'differs',
            location,
            text,
            `the app's example "${other.name}" differs at ${difference}`,
          )
        : verdict('settled', location, text, `the app's example "${other.name}" is the same`);
    });
}

/** The app's example with the same name, else the one with the same error code. */
function findCounterpart(example: ExampleModel, theirs: ExampleModel[]): ExampleModel | undefined {
  const code = errorCode(example.value);
  return (
    theirs.find((candidate) => candidate.name === example.name) ??
    (code === undefined
      ? undefined
      : theirs.find((candidate) => errorCode(candidate.value) === code))
  );
}

function errorCode(value: unknown): string | undefined {
  return readErrorEnvelope(value)?.code;
}

function statusList(operation: OperationModel): string {
  return operation.responses.map((response) => response.status).join(', ');
}
