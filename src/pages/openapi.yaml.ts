import type { APIRoute } from 'astro';
import { contractText } from '../data/api-model.ts';

/** The contract as written, for download: `<base>/openapi.yaml`. */
export const GET: APIRoute = () =>
  new Response(contractText, { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
