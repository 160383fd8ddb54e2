/**
 * The Node.js a reader needs for every script on the site and for the downloaded sandbox: 22.18 is
 * the first 22.x that runs TypeScript files (`node name.mts`) without a flag, and it has the
 * built-in `fetch` the JavaScript examples use. Pages show it through the NodeVersion component.
 */
export const READER_NODE_VERSION = '22.18';

/** The requirement as the guides word it. */
export const READER_NODE_REQUIREMENT = `Node.js ${READER_NODE_VERSION} or later`;
