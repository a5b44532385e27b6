import { startDemoApiServer, type DemoServer } from './demo-api-server';

/**
 * "Try demo data": the demo API runs inside main on 127.0.0.1 (a free port each start) and the
 * app signs in to it as the demo's first non-admin user, whose token is public demo data.
 */
export function createDemoLauncher(start: typeof startDemoApiServer = startDemoApiServer) {
  let server: Promise<DemoServer> | null = null;
  return {
    async launch(): Promise<{ baseUrl: string; token: string }> {
      server ??= start({}).catch((error: unknown) => {
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
