// npm run token:create -- --email ops@example.com [--name "Monitoring"]
// Prints a new API token for that user, once: it acts with the user's role.
import { parseArgs } from "node:util";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { connectDatabase } from "@/lib/database/connect";
import { applyMigrations } from "@/lib/database/migrate";
import { db, disconnectDb } from "@/lib/db";
import { normaliseEmail } from "@/lib/users/data";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
if (!values.email) {
  console.error('Usage: npm run token:create -- --email you@example.com [--name "what it is for"]');
  process.exit(2);
}

const database = await connectDatabase((message) => console.error(message));
try {
  await applyMigrations(database.url, (message) => console.error(message));
  const user = await db().user.findUnique({
    where: { email: normaliseEmail(values.email) },
    select: { id: true, email: true, name: true, role: true },
  });
  if (!user) {
    console.error(`No user has the e-mail ${values.email}.`);
    process.exitCode = 1;
  } else {
    const { token, prefix } = await createApiToken(user, { name: values.name ?? "Command line" });
    console.error(`Token ${prefix}… for ${user.email} (${user.role}). It is shown only now:`);
    console.log(token);
  }
} finally {
  await disconnectDb();
  await database.stop();
}
