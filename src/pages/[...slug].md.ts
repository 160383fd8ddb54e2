import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTwins } from '../data/markdown-twins.ts';

/** The Markdown twin of every guide and reference page: `<base>/installation.md`, `<base>/api-reference/system/gethealth.md`. */
export const getStaticPaths = (async () => {
  const twins = await loadTwins();
  return twins.map((twin) => ({
    params: { slug: twin.path.replace(/\.md$/, '') },
    props: { markdown: twin.markdown },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(String(props.markdown), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
