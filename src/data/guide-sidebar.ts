/**
 * The hand-written part of the sidebar. Entries are content slugs (files in src/content/docs);
 * a guide appears here only once it is written.
 */
export const guideSidebar = [
  { label: 'Start here', items: ['installation'] },
];
