import "server-only";
import pg from "pg";
import { db } from "@/lib/db";

export type DatabaseHealth =
  | { state: "up"; latencyMs: number; plan: "loaded" | "missing" }
  | { state: "down"; error: string };

// How long the health check waits for PostgreSQL to accept a connection before naming the cause.
const PROBE_TIMEOUT_MS = 3_000;

// The driver's and PostgreSQL's codes for why a connection failed, in words an operator acts on.
const CAUSES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "the connection was reset",
  ETIMEDOUT: "no answer (timed out)",
  EHOSTUNREACH: "the host is unreachable",
  ENETUNREACH: "the network is unreachable",
  ENOTFOUND: "the host name does not resolve",
  EAI_AGAIN: "the host name does not resolve",
  "28P01": "the password was refused",
  "28000": "the user may not connect",
  "3D000": "the database does not exist",
  "57P03": "PostgreSQL is starting up or shutting down",
  "53300": "too many connections",
};

function where(url: URL): string {
  return `${url.hostname}:${url.port || 5432}`;
}

/** Why PostgreSQL at this URL cannot be used, found by connecting to it once directly. */
async function namedCause(connectionString: string): Promise<string> {
  const url = new URL(connectionString);
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: PROBE_TIMEOUT_MS });
  client.on("error", () => {}); // a failure is read from connect() below
  try {
    await client.connect();
    await client.query("SELECT 1");
    return `PostgreSQL at ${where(url)} answers, but Muster's query failed`;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : "";
    const cause =
      (typeof code === "string" && CAUSES[code]) ||
      (/timeout/i.test(message) ? "no answer (timed out)" : message.split("\n")[0] || "unknown error");
    return `cannot connect to PostgreSQL at ${where(url)}: ${cause}`;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Whether the database answers, how quickly, and whether the plan is in it; when down, why. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const plans = await db().planDocument.count();
    return { state: "up", latencyMs: Math.round(performance.now() - started), plan: plans ? "loaded" : "missing" };
  } catch {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) return { state: "down", error: "DATABASE_URL is not set" };
    return { state: "down", error: await namedCause(connectionString) };
  }
}
