/**
 * Loaded by `npm run build` (`node --import`) before Astro, so that the native allocator of the
 * bundler reads it when its library loads: rolldown (Vite's bundler) and Astro's compiler
 * allocate with mimalloc, which by default commits its memory eagerly and keeps the pages the
 * bundling freed resident for the rest of the build, about 250 MB that the page rendering never
 * uses. Without eager commit it gives them back. A value already in the environment is kept.
 *
 * The same script line caps V8's old space (`--max-old-space-size`), which also makes V8 grow its
 * heap by less between collections: the live set while rendering is about 200 MB at 1,000
 * operations, and V8's default lets the heap reach three times that. Both are measured in
 * bench/README.md ("Build at scale").
 */
const SETTINGS = {
  MIMALLOC_EAGER_COMMIT: '0',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
} as const;

for (const [name, value] of Object.entries(SETTINGS)) process.env[name] ??= value;
