// npm run db:seed — loads whatever of the plan the database lacks (it never overwrites a row).
// Demo users come only with the embedded database.
import { connectDatabase } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { disconnectDb } from "@/lib/db";
import { seedPlan } from "@/prisma/seed";

const database = await connectDatabase();
try {
  await applyMigrations(database.url);
  await seedPlan({ demoUsers: database.embedded });
  console.log("The plan is loaded.");
} finally {
  await disconnectDb();
  await database.stop();
}
