// The one Prisma client. server.ts and Next's code share it through globalThis, so a process has
// one pool. It connects lazily: `next build` evaluates this module and must not query.
import { PrismaPg } from "@prisma/adapter-pg";
import { connectionErrorReporter } from "@/lib/database/connection-errors";
import { PrismaClient } from "@/lib/generated/prisma/client";

const globalForPrisma = globalThis as unknown as { musterPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start Muster through server.ts or npm start.");
  // An idle connection the server drops (a restart, an outage) is an error on the pool: reported
  // here, it costs only that connection; unheard, it would end the process.
  const adapter = new PrismaPg({ connectionString }, { onPoolError: connectionErrorReporter("A database connection") });
  // A burst of writes (a war room ticking at once) queues for the pool's connections: each waits up
  // to 10 s for one, rather than Prisma's 2 s after which a tick would be refused.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000 } });
}

export function db(): PrismaClient {
  globalForPrisma.musterPrisma ??= createClient();
  return globalForPrisma.musterPrisma;
}

export async function disconnectDb() {
  await globalForPrisma.musterPrisma?.$disconnect();
  globalForPrisma.musterPrisma = undefined;
}
