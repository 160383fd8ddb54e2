/**
 * Freezes records of a committed state, deeply, so nothing can change them any more. A write
 * works on a copy (`copyState`), so a committed record never needs to change; frozen, it can be
 * shared by the next state instead of copied, and its JSON text kept (`toJsonText`). A behaviour
 * that changed a shared record by mistake fails loudly (a TypeError, answered as `mock_error`)
 * instead of changing the state behind the store's back.
 */
export function settleRecords(records: readonly object[]): void {
  for (const record of records) if (!Object.isFrozen(record)) freezeDeeply(record);
}

function freezeDeeply(value: object): void {
  Object.freeze(value);
  for (const member of Object.values(value))
    if (typeof member === 'object' && member !== null && !Object.isFrozen(member))
      freezeDeeply(member as object);
}
