// A bench server of its own (a bare stack to measure Muster against), run in a process of its own
// as Muster is, so its CPU is its own; it prints the port it listens on as its first line.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";

export type ChildServer = { child: ChildProcess; origin: string };

/** Starts `script` (beside this file) with `args` and extra `env`, once it listens. */
export async function startChildServer(script: string, args: string[] = [], env: Record<string, string> = {}): Promise<ChildServer> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const [port] = (await once(child.stdout!, "data")) as [Buffer];
  return { child, origin: `http://127.0.0.1:${Number(String(port).trim())}` };
}
