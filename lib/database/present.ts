// What GET /api/health answers, up (200) or not (503).
import { z } from "zod";
import type { DatabaseHealth } from "@/lib/database/health";

export const healthSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.discriminatedUnion("state", [
    z.object({ state: z.literal("up"), latencyMs: z.int().min(0), plan: z.enum(["loaded", "missing"]) }),
    z.object({ state: z.literal("down"), error: z.string() }),
  ]),
});
export type HealthView = z.infer<typeof healthSchema>;

export function presentHealth(database: DatabaseHealth): HealthView {
  return {
    status: database.state === "up" ? "ok" : "unavailable",
    database:
      database.state === "up"
        ? { state: "up", latencyMs: database.latencyMs, plan: database.plan }
        : { state: "down", error: database.error },
  };
}
