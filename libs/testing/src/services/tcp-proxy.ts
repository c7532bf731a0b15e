import { once } from 'node:events';
import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy in front of a real server (Redis, say), so a test can make that server
 * unreachable mid-run and bring it back, without stopping the server other tests use.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly target: { host: string; port: number },
    private listenPort: number,
  ) {}

  static async start(targetUrl: string): Promise<TcpProxy> {
    const url = new URL(targetUrl);
    const proxy = new TcpProxy({ host: url.hostname, port: Number(url.port) }, 0);
    await proxy.open();
    return proxy;
  }

  get port(): number {
    return this.listenPort;
  }

  /** The target's URL with the proxy's port in it. */
  urlFor(targetUrl: string): string {
    const url = new URL(targetUrl);
    url.port = String(this.listenPort);
    return url.toString();
  }

  /** Refuses new connections and drops the open ones: the target looks down. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Accepts connections again, on the same port. */
  async restore(): Promise<void> {
    if (!this.server) await this.open();
  }

  async close(): Promise<void> {
    await this.cut();
  }

  private async open(): Promise<void> {
    const server = createServer((client) => this.pipe(client));
    server.listen(this.listenPort, '127.0.0.1');
    await once(server, 'listening');
    this.listenPort = (server.address() as { port: number }).port;
    this.server = server;
  }

  private pipe(client: Socket): void {
    const upstream = createConnection(this.target);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => socket.destroy());
    }
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    client.pipe(upstream).pipe(client);
  }
}
