import type { APIRoute } from 'astro';
import { contractSource, contractText } from '../data/api-model.ts';
import { parsedContract } from '../lib/openapi/parsed-contract.ts';

/** The contract as JSON (references kept), for download and for tools: `<base>/openapi.json`. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(parsedContract(contractText, contractSource), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
