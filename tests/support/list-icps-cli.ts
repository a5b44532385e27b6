import { createApiClient } from '../../src/main/api/api-client';
import { createNodeFetch } from '../../src/main/net/node-fetch';

/*
 * One list call with the API client and the Node fetch the web host uses, in a process of its own:
 * the proxy variables and NODE_EXTRA_CA_CERTS are read from the environment it starts with, as
 * they are for `npm run preview:web`. Prints the outcome as one JSON line.
 * Usage: tsx tests/support/list-icps-cli.ts <baseUrl> (token in ICP_DESK_TEST_TOKEN)
 */

async function main() {
  const token = process.env.ICP_DESK_TEST_TOKEN ?? '';
  const client = createApiClient({ baseUrl: process.argv[2] ?? '', token, fetch: createNodeFetch(), timeoutMs: 10_000 });
  if (!client.ok) return { ok: false, error: client.error };
  const result = await client.data.listIcps();
  return result.ok ? { ok: true, count: result.data.icps.length } : { ok: false, error: result.error };
}

void main().then((outcome) => console.log(JSON.stringify(outcome)));
