// One Node process, one port: Next.js pages and routes, and Socket.IO for the live war room.
//   npm run dev   (NODE_ENV=development, hot reload)
//   npm start     (production build)
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import next from "next";
import pg from "pg";
import { connectionErrorReporter } from "@/lib/database/connection-errors";
import { prepareDatabase } from "@/lib/database/prepare";
import { disconnectDb } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { methodNotAllowedMessage, methodVerdict, NO_SUCH_ROUTE } from "@/lib/http/method-policy";
import { NO_CONTENT_POLICY, securityHeaders } from "@/lib/http/security-headers";
import { localSecret } from "@/lib/local-state";
import { PUBLIC_STATUS_UNAVAILABLE } from "@/lib/public-status/data";
import { answerPublicStatus, isPublicStatusPath } from "@/lib/public-status/serve";
import { publicSnapshot } from "@/lib/public-status/snapshot";
import { attachRealtime } from "@/lib/realtime/server";
import { startScheduler } from "@/lib/scheduler/scheduler";

const SHUTDOWN_GRACE_MS = 5_000;
/** Above the 60 s idle timeout of common proxies and load balancers (nginx upstream, AWS ALB). */
const KEEP_ALIVE_TIMEOUT_MS = 65_000;
const startedAt = performance.now();
const env = readEnv();
const dev = env.NODE_ENV !== "production";

process.env.NEXTAUTH_SECRET ??= localSecret("nextauth");
process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

// A start that cannot have its database says why in one line and exits: the message is the help.
const database = await prepareDatabase().catch((error: unknown) => {
  console.error(`Muster cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

// Next is told the name people reach it by, not the interface it listens on: given 0.0.0.0, its dev
// server's hot reload sends the browser into a reload loop.
const app = next({ dev, hostname: new URL(process.env.NEXTAUTH_URL).hostname, port: env.PORT });
await app.prepare();
const handleRequest = app.getRequestHandler();
// The first visitors find the public page built.
void publicSnapshot().catch(() => {});

// Methods Next handles (and proxy.ts polices). Any other (TRACE, PROPFIND, …) is answered here:
// Next fails on them with a 500, and TRACE would echo the request back.
const NEXT_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function refuseMethod(request: IncomingMessage, response: ServerResponse) {
  const pathname = new URL(request.url ?? "/", "http://muster").pathname;
  const verdict = methodVerdict(request.method ?? "", pathname, false);
  const headers = { "content-type": "application/json", ...securityHeaders(NO_CONTENT_POLICY) };
  if (verdict.kind === "no_such_route") return response.writeHead(404, headers).end(JSON.stringify({ error: NO_SUCH_ROUTE }));
  const allow = verdict.kind === "not_allowed" ? verdict.allow : "GET, HEAD";
  response.writeHead(405, { ...headers, allow }).end(JSON.stringify({ error: methodNotAllowedMessage(request.method ?? "", allow) }));
}

/** The public status page, its JSON and feed, from memory; false leaves the request to Next. */
function servePublicStatus(request: IncomingMessage, response: ServerResponse): boolean {
  const pathname = (request.url ?? "/").split("?")[0];
  if (!isPublicStatusPath(pathname)) return false;
  const { "if-none-match": ifNoneMatch, "accept-encoding": acceptEncoding } = request.headers;
  answerPublicStatus(pathname, request.method ?? "", { "if-none-match": ifNoneMatch, "accept-encoding": acceptEncoding })
    .then((answer) => {
      if (!answer) return void handleNext(request, response);
      response.writeHead(answer.status, answer.headers).end(answer.body ?? undefined);
    })
    .catch((error: unknown) => {
      console.error("The public status could not be served", request.url, error);
      const headers = { "content-type": "application/json", "retry-after": "30", ...securityHeaders(NO_CONTENT_POLICY) };
      if (!response.headersSent) response.writeHead(503, headers).end(JSON.stringify({ error: PUBLIC_STATUS_UNAVAILABLE }));
    });
  return true;
}

function handleNext(request: IncomingMessage, response: ServerResponse) {
  // The peer this server saw, appended as a proxy would: sign-in counts attempts by the last entry,
  // which no client can choose.
  const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
  request.headers["x-forwarded-for"] = forwardedFor;
  handleRequest(request, response).catch((error: unknown) => {
    console.error("Request failed", request.url, error);
    if (!response.headersSent) response.writeHead(500).end("Internal server error");
  });
}

const httpServer = createServer((request, response) => {
  if (!NEXT_METHODS.has(request.method ?? "")) return refuseMethod(request, response);
  if (servePublicStatus(request, response)) return;
  handleNext(request, response);
});
// Node's 5 s default closes idle sockets a client or proxy may be reusing that moment (ECONNRESET).
httpServer.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
httpServer.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1_000;
// CONNECT asks for a tunnel, which Muster never opens; Node would otherwise drop the socket unanswered.
httpServer.on("connect", (_request, socket) => {
  socket.end("HTTP/1.1 405 Method Not Allowed\r\nAllow: GET, HEAD\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
});
// A small pool of its own: the adapter holds one connection open to LISTEN.
const realtimePool = new pg.Pool({ connectionString: database.url, max: 3 });
const reportRealtimeError = connectionErrorReporter("A realtime database connection");
realtimePool.on("error", reportRealtimeError);
// The adapter keeps one client checked out to LISTEN and does not listen for its errors; when the
// database goes away, it reconnects on the client's "end".
realtimePool.on("connect", (client) => client.on("error", reportRealtimeError));
const io = attachRealtime(httpServer, { pool: realtimePool });
const stopScheduler = startScheduler();

httpServer.on("error", (error: NodeJS.ErrnoException) => {
  const reason =
    error.code === "EADDRINUSE"
      ? `port ${env.PORT} is in use by another program; stop it or set PORT`
      : `it cannot listen on ${env.HOST}:${env.PORT} (${error.message})`;
  console.error(`Muster cannot start: ${reason}.`);
  void shutdown("Start failed", 1);
});
httpServer.listen(env.PORT, env.HOST, () => {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`Muster is ready on ${process.env.NEXTAUTH_URL} (${dev ? "development" : "production"}, ${seconds} s).`);
});

let stopping = false;
async function shutdown(reason: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  console.log(`${reason}: stopping Muster.`);
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
  stopScheduler();
  await new Promise<void>((resolve) => io.close(() => resolve()));
  await realtimePool.end();
  await disconnectDb();
  await database.stop();
  process.exit(exitCode);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
