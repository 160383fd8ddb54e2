/**
 * The hand-written part of the sidebar. Entries are content slugs (files in src/content/docs);
 * a guide appears here only once it is written.
 */
export const guideSidebar = [
  {
    label: 'Start here',
    items: ['quickstart', 'installation', 'authentication', 'local-api-overview'],
  },
  {
    label: 'Endpoints by task',
    items: ['sessions-endpoints', 'preview-endpoints', 'import-endpoints', 'errors'],
  },
  {
    label: 'Build with the API',
    items: [
      'automation-examples',
      {
        label: 'Recipes',
        items: [
          { slug: 'recipes', label: 'Overview' },
          'recipes/health-gated-startup',
          'recipes/page-through-sessions',
          'recipes/bulk-tagging',
          'recipes/batch-import',
          'recipes/export-waveform-notes',
        ],
      },
      'launchers',
      'ai-agents',
    ],
  },
  {
    label: 'Develop and troubleshoot',
    items: [
      'sandbox',
      'browser-access',
      { slug: 'maintainers', label: 'Maintainers' },
      'changelog',
    ],
  },
];

type GuideEntry = string | { slug: string; label: string } | { label: string; items: GuideEntry[] };

/** Every guide slug of the sidebar, in reading order. */
export function guideSlugsInOrder(entries: GuideEntry[] = guideSidebar): string[] {
  return entries.flatMap((entry) => {
    if (typeof entry === 'string') return [entry];
    return 'slug' in entry ? [entry.slug] : guideSlugsInOrder(entry.items);
  });
}
