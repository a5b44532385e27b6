import { startDemoApiServer, type DemoServer } from './demo-api-server';
import { scriptedChange } from './demo-scripted-change';

/**
 * "Try demo data": the demo API runs inside main on 127.0.0.1 (a free port each start) and the
 * app signs in to it as the demo's first non-admin user, whose token is public demo data.
 */
export function createDemoLauncher(start: typeof startDemoApiServer = startDemoApiServer) {
  let server: Promise<DemoServer> | null = null;
  return {
    async launch(): Promise<{ baseUrl: string; token: string }> {
      // Two ICPs change and one is deleted once the first list was served: the history's markers show.
      server ??= start({ afterFirstList: (icps) => scriptedChange(icps, new Date()) }).catch((error: unknown) => {
        server = null;
        throw error;
      });
      const running = await server;
      const user = running.users.find((u) => !u.admin) ?? running.users[0];
      if (!user) throw new Error('the demo data has no users');
      return { baseUrl: running.url, token: user.token };
    },
    async close(): Promise<void> {
      const running = server;
      server = null;
      if (running) await (await running).close();
    },
  };
}
