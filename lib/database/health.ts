import "server-only";
import { db } from "@/lib/db";

export type DatabaseHealth =
  | { state: "up"; latencyMs: number; plan: "loaded" | "missing" }
  | { state: "down"; error: string };

/** Whether the database answers, how quickly, and whether the plan is in it. */
export async function checkDatabase(): Promise<DatabaseHealth> {
  const started = performance.now();
  try {
    const plans = await db().planDocument.count();
    return { state: "up", latencyMs: Math.round(performance.now() - started), plan: plans ? "loaded" : "missing" };
  } catch (error) {
    return { state: "down", error: error instanceof Error ? error.message.split("\n")[0] : String(error) };
  }
}
