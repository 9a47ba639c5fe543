// Everything a start needs from the database: find or start it, apply migrations, and load the
// plan the first time. Demo users and the demo history come only with the embedded database.
import { connectDatabase, type DatabaseTarget } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { db } from "@/lib/db";
import { seedPlan } from "@/prisma/seed";
import { seedDemoHistory } from "@/prisma/seeders/demo-history";

export async function prepareDatabase(log: (message: string) => void = console.log): Promise<DatabaseTarget> {
  // A server owns its embedded database: a second one on the same folder would take it away.
  const database = await connectDatabase(log, "refuse");
  await applyMigrations(database.url, log);
  await seedFirstStart(database.embedded, log);
  return database;
}

/**
 * On the first start (no plan loaded yet): the plan, and with the embedded database, a local trial,
 * the demo users and a few months of past incidents. Later starts change nothing. Returns whether
 * this was the first start.
 */
export async function seedFirstStart(embedded: boolean, log: (message: string) => void = console.log): Promise<boolean> {
  if (await db().planDocument.count()) return false;
  log(embedded ? "Loading the plan, the demo users and a few past incidents." : "Loading the plan.");
  await seedPlan({ demoUsers: embedded });
  if (embedded) await seedDemoHistory(new Date());
  return true;
}
