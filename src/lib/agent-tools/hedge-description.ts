/** The marker the reference shows beside what the contract marks `x-unverified`. */
export const NOT_CONFIRMED = 'Not confirmed:';

/**
 * A description followed by the contract's own `x-unverified` text, marked "Not confirmed: …", so
 * that an assumption reaches a model as one, never as a rule. Either part may be missing.
 */
export function hedgeDescription(
  description: string | undefined,
  unverified: unknown,
): string | undefined {
  const hedge =
    typeof unverified === 'string' && unverified.trim() !== ''
      ? `${NOT_CONFIRMED} ${unverified.trim()}`
      : undefined;
  const parts = [description?.trim(), hedge].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  return parts.length > 0 ? parts.join(' ') : undefined;
}
