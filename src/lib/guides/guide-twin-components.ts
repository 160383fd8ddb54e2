import { notConfirmedNoteIfAny } from './not-confirmed-note.ts';
import { READER_NODE_REQUIREMENT } from './reader-node-version.ts';
import { schemaFieldsIfAny, schemaFieldsMarkdown, schemaNote } from './schema-fields.ts';

/** Renders one self-closing guide component (`<NotConfirmed at="…" />`) as Markdown, from its props. */
export type TwinComponent = (props: Readonly<Record<string, string>>) => string;

/**
 * The Markdown form of each component the guides use, for the Markdown twins: the same text the
 * page shows, from the same contract document.
 */
export function guideTwinComponents(document: unknown): Record<string, TwinComponent> {
  return {
    NotConfirmed: (props) => {
      const note = notConfirmedNoteIfAny(document, props);
      return note ? `*Not confirmed: ${note}*` : '';
    },
    SchemaFields: (props) => {
      if (!props.of) throw new Error('SchemaFields needs of="#/components/schemas/Name"');
      const note = schemaNote(document, props.of);
      const fields = schemaFieldsIfAny(document, props.of);
      if (fields.length === 0) return '';
      return `${schemaFieldsMarkdown(fields)}${note ? `\n\n*Not confirmed: ${note}*` : ''}`;
    },
    NodeVersion: () => READER_NODE_REQUIREMENT,
  };
}
