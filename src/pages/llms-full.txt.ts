import type { APIRoute } from 'astro';
import { llmsSite } from '../data/llms-site.ts';
import { loadTwins } from '../data/markdown-twins.ts';
import { buildLlmsFull } from '../lib/markdown-twins/llms-txt.ts';

/** `<base>/llms-full.txt`: every guide and the whole reference in one Markdown text. */
export const GET: APIRoute = async ({ site }) =>
  new Response(buildLlmsFull(llmsSite(site), await loadTwins()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
