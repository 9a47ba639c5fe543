// How many readers of the public status page Muster serves at once: its JSON and its page at a
// fixed concurrency, beside a bare Node server sending a cached body of the same size in the same
// run, so the figures read as a share of what this machine does with no framework at all.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request, Agent } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { startChildServer } from "./child-server";
import { distribution, type Distribution } from "./percentiles";
import { trackPhase, type PhaseUsage } from "./phase-usage";
import { loopFor } from "./throughput-round";

const FIRST_STATE_WAIT_MS = 30_000;

export type StatusLoadResult = {
  name: string;
  requests: number;
  /** Answers other than 200, and requests that failed outright. */
  errors: number;
  seconds: number;
  latency: Distribution;
  usage: PhaseUsage;
  bytes: number;
};

export type PublicStatusResult = { bare: StatusLoadResult; targets: StatusLoadResult[]; notModified: { path: string; status: number }[] };

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

function get(url: URL, agent: Agent, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { agent, headers }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
      incoming.on("end", () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }));
      incoming.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

/** A server that does nothing but send these bytes: the ceiling for this machine and client. */
async function startBareServer(body: Buffer, contentType: string): Promise<{ child: ChildProcess; url: URL }> {
  const directory = mkdtempSync(path.join(tmpdir(), "muster-bench-bare-"));
  const bodyFile = path.join(directory, "body");
  writeFileSync(bodyFile, body);
  const { child, origin } = await startChildServer("bare-server.ts", [bodyFile, contentType]);
  rmSync(directory, { recursive: true, force: true });
  return { child, url: new URL(`${origin}/status/public.json`) };
}

async function load(name: string, url: URL, { concurrency, seconds, serverPid }: { concurrency: number; seconds: number; serverPid: number | undefined }): Promise<StatusLoadResult> {
  // One keep-alive connection per reader, as browsers and caches hold theirs.
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  // A first pass opens the connections, so the figures are of serving, not of connecting.
  await Promise.all(Array.from({ length: concurrency }, () => get(url, agent)));
  const samples: number[] = [];
  let errors = 0;
  let bytes = 0;
  const endUsage = trackPhase(serverPid);
  const elapsed = await loopFor(seconds, concurrency, async () => {
    const startedAt = performance.now();
    try {
      const answer = await get(url, agent);
      samples.push(performance.now() - startedAt);
      if (answer.status !== 200) errors++;
      bytes = answer.body.length;
    } catch {
      errors++;
    }
  });
  const usage = endUsage();
  agent.destroy();
  return { name, requests: samples.length, errors, seconds: elapsed, latency: distribution(samples), usage, bytes };
}

export async function runPublicStatusRound(origin: string, { concurrency, seconds, serverPid }: { concurrency: number; seconds: number; serverPid: number | undefined }): Promise<PublicStatusResult> {
  const agent = new Agent({ keepAlive: true });
  // A just-started Muster on a busy machine may not have read its first state yet.
  let json = await get(new URL("/status/public.json", origin), agent);
  for (const deadline = performance.now() + FIRST_STATE_WAIT_MS; json.status !== 200 && performance.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    json = await get(new URL("/status/public.json", origin), agent);
  }
  if (json.status !== 200) throw new Error(`/status/public.json answered ${json.status}`);
  const notModified: PublicStatusResult["notModified"] = [];
  for (const path of ["/status/public.json", "/status/public"]) {
    const first = await get(new URL(path, origin), agent);
    const again = await get(new URL(path, origin), agent, { "if-none-match": String(first.headers.etag ?? "") });
    notModified.push({ path, status: again.status });
  }
  agent.destroy();

  const bare = await startBareServer(json.body, String(json.headers["content-type"]));
  try {
    const options = { concurrency, seconds, serverPid };
    const bareResult = await load("bare Node, same JSON bytes", bare.url, { ...options, serverPid: bare.child.pid });
    const targets = [
      await load("Muster /status/public.json", new URL("/status/public.json", origin), options),
      await load("Muster /status/public", new URL("/status/public", origin), options),
    ];
    return { bare: bareResult, targets, notModified };
  } finally {
    bare.child.kill();
  }
}
