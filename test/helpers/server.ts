/**
 * A recording HTTP server on 127.0.0.1 (port 0): each test says how to answer, and reads back
 * exactly what the client sent.
 */
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Reply {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
  /** Answer only after this long. */
  readonly delayMs?: number;
  /** Reset the connection instead of answering. */
  readonly reset?: boolean;
}

export interface TestServer {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[];
  /** Sets how the next requests are answered. */
  reply(answer: Reply | ((request: RecordedRequest) => Reply)): void;
  close(): Promise<void>;
}

/** Starts a server on a free loopback port. */
export async function startServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  let answer: Reply | ((request: RecordedRequest) => Reply) = { status: 200, body: "{}" };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const recorded = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      requests.push(recorded);
      const reply = typeof answer === "function" ? answer(recorded) : answer;
      if (reply.reset === true) {
        req.socket.destroy();
        return;
      }
      const timer = setTimeout(() => {
        if (res.destroyed) return;
        res.writeHead(reply.status, reply.headers ?? {});
        res.end(reply.body ?? "");
      }, reply.delayMs ?? 0);
      res.on("close", () => clearTimeout(timer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    requests,
    reply: (next) => {
      answer = next;
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections(); // a delayed answer must not keep the test process alive
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
