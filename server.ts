// One Node process, one port: Next.js pages and routes, and Socket.IO for the live war room.
//   npm run dev   (NODE_ENV=development, hot reload)
//   npm start     (production build)
import { createServer } from "node:http";
import next from "next";
import pg from "pg";
import { connectionErrorReporter } from "@/lib/database/connection-errors";
import { prepareDatabase } from "@/lib/database/prepare";
import { disconnectDb } from "@/lib/db";
import { readEnv } from "@/lib/env";
import { localSecret } from "@/lib/local-state";
import { attachRealtime } from "@/lib/realtime/server";
import { startScheduler } from "@/lib/scheduler/scheduler";

const SHUTDOWN_GRACE_MS = 5_000;
const startedAt = performance.now();
const env = readEnv();
const dev = env.NODE_ENV !== "production";

process.env.NEXTAUTH_SECRET ??= localSecret("nextauth");
process.env.NEXTAUTH_URL ??= `http://localhost:${env.PORT}`;

const database = await prepareDatabase();

// Next is told the name people reach it by, not the interface it listens on: given 0.0.0.0, its dev
// server's hot reload sends the browser into a reload loop.
const app = next({ dev, hostname: new URL(process.env.NEXTAUTH_URL).hostname, port: env.PORT });
await app.prepare();
const handleRequest = app.getRequestHandler();

const httpServer = createServer((request, response) => {
  // The peer this server saw, appended as a proxy would: sign-in counts attempts by the last entry,
  // which no client can choose.
  const forwardedFor = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
  request.headers["x-forwarded-for"] = forwardedFor;
  handleRequest(request, response).catch((error: unknown) => {
    console.error("Request failed", request.url, error);
    if (!response.headersSent) response.writeHead(500).end("Internal server error");
  });
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

httpServer.listen(env.PORT, env.HOST, () => {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
  console.log(`Muster is ready on ${process.env.NEXTAUTH_URL} (${dev ? "development" : "production"}, ${seconds} s).`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping Muster.`);
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
  stopScheduler();
  await new Promise<void>((resolve) => io.close(() => resolve()));
  await realtimePool.end();
  await disconnectDb();
  await database.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
