import type { APIRoute } from 'astro';
import { llmsSite } from '../data/llms-site.ts';
import { loadTwins } from '../data/markdown-twins.ts';
import { buildLlmsIndex } from '../lib/markdown-twins/llms-txt.ts';

/** `<base>/llms.txt`: the index of every page's Markdown twin, guides and reference. */
export const GET: APIRoute = async ({ site }) =>
  new Response(buildLlmsIndex(llmsSite(site), await loadTwins()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
