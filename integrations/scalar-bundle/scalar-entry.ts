/** Where the built site serves Scalar's own browser build, relative to the base path. */
export const SCALAR_DIR = '_scalar/';
/** Scalar's ES module entry (it imports its chunks from `chunks/` beside it). */
export const SCALAR_ENTRY = `${SCALAR_DIR}standalone.esm.js`;
