// npm run user:create -- --email ops@example.com --role admin [--name "Ops Lead"]
// Asks for the password (or reads it from standard input when piped). This is how the first
// admin of a real database is made: no demo password is ever created there.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { connectDatabase } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { disconnectDb } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { createUser } from "@/lib/users/mutations";

const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
});

async function readPassword(): Promise<string> {
  const input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  try {
    return (await input.question(process.stdin.isTTY ? "Password (12+ characters): " : "")).trim();
  } finally {
    input.close();
  }
}

const password = await readPassword();
const database = await connectDatabase((message) => console.error(message));
try {
  await applyMigrations(database.url);
  const user = await createUser({ ...values, name: values.name ?? values.email?.split("@")[0], password });
  console.log(`Created ${user.role} ${user.email}.`);
} catch (error) {
  if (!(error instanceof DomainError)) throw error;
  console.error(`Not created: ${error.message}`);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  await database.stop();
}
