import { once } from 'node:events';
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** What to answer: a status alone, or a status with a JSON body. */
export type RecorderResponse = number | { status: number; json?: unknown };

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

function answer(response: ServerResponse, planned: RecorderResponse): void {
  const { status, json } = typeof planned === 'number' ? { status: planned, json: undefined } : planned;
  if (json === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(json));
}

/**
 * A real HTTP server on loopback (a free port) standing in for a third-party API: it keeps every
 * request and answers with the planned responses in order, repeating the last one.
 */
export class HttpRecorder {
  private readonly received: RecordedRequest[] = [];
  private planned: RecorderResponse[] = [200];

  private constructor(private readonly server: Server) {}

  static async start(): Promise<HttpRecorder> {
    const server = createServer();
    const recorder = new HttpRecorder(server);
    server.on('request', (request: IncomingMessage, response: ServerResponse) => {
      void recorder.handle(request, response);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return recorder;
  }

  get port(): number {
    return (this.server.address() as { port: number }).port;
  }

  /** `http://127.0.0.1:<port>`, no trailing slash. */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** The responses to give from now on, in order; the last one repeats. */
  respondWith(...responses: [RecorderResponse, ...RecorderResponse[]]): void {
    this.planned = [...responses];
  }

  requests(): RecordedRequest[] {
    return [...this.received];
  }

  clear(): void {
    this.received.length = 0;
    this.planned = [200];
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    this.received.push({
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      body,
    });
    const next = this.planned.length > 1 ? this.planned.shift() : this.planned[0];
    answer(response, next ?? 200);
  }
}
