import "server-only";
// Sign-in attempts are counted in Muster's own database (rate-limiter-flexible's PostgreSQL store,
// table "SignInAttempt"), so the limit holds however many nodes share it. Two counts: per address,
// against one machine guessing many accounts, and per account, against many machines guessing one.
import { createHash } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { connectionErrorReporter } from "@/lib/database/connection-errors";

// OWASP's authentication guidance: lock out after a handful of failures, for minutes, not for good.
const WINDOW_SECONDS = 15 * 60;
export const FAILURES_PER_ADDRESS = 20;
export const FAILURES_PER_ACCOUNT = 10;

type Limiters = { pool: pg.Pool; byAddress: RateLimiterPostgres; byAccount: RateLimiterPostgres };
const registry = globalThis as unknown as { musterSignInLimiters?: Limiters };

function limiter(pool: pg.Pool, keyPrefix: string, points: number) {
  return new RateLimiterPostgres({
    storeClient: pool,
    storeType: "pool",
    tableName: "SignInAttempt",
    tableCreated: true, // by the migration
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
  });
}

function limiters(): Limiters {
  if (!registry.musterSignInLimiters) {
    // A pool of its own: the library speaks to pg directly, not through Prisma.
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    pool.on("error", connectionErrorReporter("A sign-in limit connection"));
    registry.musterSignInLimiters = {
      pool,
      byAddress: limiter(pool, "address", FAILURES_PER_ADDRESS),
      byAccount: limiter(pool, "account", FAILURES_PER_ACCOUNT),
    };
  }
  return registry.musterSignInLimiters;
}

// The account's key is a digest: the table holds no e-mail address, and any length fits its column.
function accountKey(email: string) {
  return createHash("sha256").update(email).digest("hex");
}

/** Milliseconds until this address and account may try again; 0 when they may now. */
export async function signInWaitMs(address: string, email: string): Promise<number> {
  const { byAddress, byAccount } = limiters();
  const [forAddress, forAccount] = await Promise.all([byAddress.get(address), byAccount.get(accountKey(email))]);
  const waits = [
    forAddress && forAddress.consumedPoints >= FAILURES_PER_ADDRESS ? forAddress.msBeforeNext : 0,
    forAccount && forAccount.consumedPoints >= FAILURES_PER_ACCOUNT ? forAccount.msBeforeNext : 0,
  ];
  return Math.max(...waits);
}

// consume() rejects with a RateLimiterRes once the points are spent: that is the limit, not a failure.
function spend(limit: RateLimiterPostgres, key: string) {
  return limit.consume(key).catch((error: unknown) => {
    if (!(error instanceof RateLimiterRes)) throw error;
  });
}

export async function recordFailedSignIn(address: string, email: string) {
  const { byAddress, byAccount } = limiters();
  await Promise.all([spend(byAddress, address), spend(byAccount, accountKey(email))]);
}

/** A successful sign-in forgives the account's failures (not the address's). */
export async function forgiveAccount(email: string) {
  await limiters().byAccount.delete(accountKey(email));
}
