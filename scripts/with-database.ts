// Runs a command with DATABASE_URL pointing at Muster's database, starting the embedded one when
// no DATABASE_URL is set (and stopping it afterwards if this script started it).
//   node --import tsx scripts/with-database.ts prisma migrate deploy
import { spawn } from "node:child_process";
import { connectDatabase } from "@/lib/database/connect";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("Usage: with-database.ts <command> [args…]");
  process.exit(2);
}

// Logs go to stderr so the command's own output can be piped.
const database = await connectDatabase((message) => console.error(message));
const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: database.url } });
const code: number = await new Promise((resolve) => child.on("exit", (status) => resolve(status ?? 1)));
await database.stop();
process.exit(code);
