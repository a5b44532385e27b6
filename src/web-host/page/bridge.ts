import { createIcpDeskApi } from '../../preload/icp-desk-api';

/*
 * The web host's page script: `window.icpDesk` built by the preload's own createIcpDeskApi, with
 * requests posted to the host and events read from its event stream. Bundled by the host when it
 * starts (see web-host.ts).
 */

const unreachable = {
  ok: false,
  error: { kind: 'network', message: 'The ICP Desk host is not running. Restart it and reload this page.' },
};

async function invoke(channel: string, request: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`/__host/ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
  } catch {
    return unreachable;
  }
  if (!response.ok) return { ok: false, error: { kind: 'internal', message: `The ICP Desk host refused the request (HTTP ${response.status}).` } };
  return response.json();
}

let events: EventSource | null = null;

function listen(event: string, listener: (payload: unknown) => void): () => void {
  events ??= new EventSource('/__host/events');
  const source = events;
  const handler = (message: MessageEvent<string>) => listener(JSON.parse(message.data));
  source.addEventListener(event, handler);
  return () => source.removeEventListener(event, handler);
}

Object.defineProperty(window, 'icpDesk', { value: createIcpDeskApi({ invoke, listen }), enumerable: true });
