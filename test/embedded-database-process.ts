// A process that starts the embedded database as a server or a script does, for
// lib/database/embedded.test.ts: prints "ready" when it has it, stops it on SIGTERM, and throws
// an uncaught error when told "crash" on stdin.
//   node --import tsx test/embedded-database-process.ts refuse|share
import { connectDatabase } from "@/lib/database/connect";
import type { WhenInUse } from "@/lib/database/embedded";

const database = await connectDatabase((message) => console.log(message), process.argv[2] as WhenInUse).catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
console.log("ready");
process.on("SIGTERM", () => void database.stop().then(() => process.exit(0)));
process.stdin.on("data", (data) => {
  if (String(data).trim() === "crash") throw new Error("An error nobody caught");
});
