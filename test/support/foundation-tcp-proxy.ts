import { AddressInfo, createServer, Server, Socket, connect } from 'node:net';

/**
 * A TCP proxy on 127.0.0.1 in front of a database server, which a test can take down
 * (refusing new connections and cutting every open one) and bring back on the same port.
 */
export class TcpProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  private listenPort = 0;
  private swallowing = false;

  /** `targetHost` may be a unix socket directory (the embedded database's). */
  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  /** In front of the database a Postgres URL names, by TCP or by its unix socket. */
  static forDatabase(databaseUrl: string): TcpProxy {
    const url = new URL(databaseUrl);
    const socketDir = url.searchParams.get('host');
    return new TcpProxy(socketDir ?? url.hostname, Number(url.port || 5432));
  }

  get port(): number {
    return this.listenPort;
  }

  /** Listens on `port` (a free one the first time, when 0). */
  async start(port = this.listenPort): Promise<number> {
    const server = createServer((client) => {
      if (this.swallowing) {
        // Accept, then never answer: what a network partition looks like to a client.
        this.track(client);
        client.on('error', () => client.destroy());
        return;
      }
      const upstream = this.targetHost.startsWith('/')
        ? connect({ path: `${this.targetHost}/.s.PGSQL.${this.targetPort}` })
        : connect(this.targetPort, this.targetHost);
      this.track(client);
      this.track(upstream);
      client.pipe(upstream);
      upstream.pipe(client);
      const closeBoth = () => {
        client.destroy();
        upstream.destroy();
      };
      client.on('error', closeBoth);
      upstream.on('error', closeBoth);
      client.on('close', closeBoth);
      upstream.on('close', closeBoth);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.listenPort = (server.address() as AddressInfo).port;
    return this.listenPort;
  }

  /** Stops listening and destroys every open connection, both sides. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * Keeps listening but cuts every open connection and answers none of the new ones,
   * until `restore()`.
   */
  blackhole(): void {
    this.swallowing = true;
    for (const socket of this.sockets) socket.destroy();
  }

  /** Ends a blackhole: new connections reach the database again. */
  restore(): void {
    this.swallowing = false;
    for (const socket of this.sockets) socket.destroy();
  }

  get openConnections(): number {
    return this.sockets.size;
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
  }
}

/** The same Postgres URL, pointed at host:port (by TCP, even if it named a unix socket). */
export function rewriteUrl(databaseUrl: string, host: string, port: number): string {
  const url = new URL(databaseUrl);
  url.searchParams.delete('host');
  url.hostname = host;
  url.port = String(port);
  return url.toString();
}
