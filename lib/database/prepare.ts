// Everything a start needs from the database: find or start it, apply migrations, and load the
// plan the first time. Demo users come only with the embedded database.
import { connectDatabase, type DatabaseTarget } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { db } from "@/lib/db";
import { seedPlan } from "@/prisma/seed";

export async function prepareDatabase(log: (message: string) => void = console.log): Promise<DatabaseTarget> {
  const database = await connectDatabase(log);
  await applyMigrations(database.url, log);
  const seeded = await db().planDocument.count();
  if (!seeded) {
    log(database.embedded ? "Loading the plan and the demo users." : "Loading the plan.");
    await seedPlan({ demoUsers: database.embedded });
  }
  return database;
}
