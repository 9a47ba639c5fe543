// Database failures in words the caller understands, in one place for routes, server actions and
// socket commands: a unique clash is a conflict, a missing row is a 404, an unreachable database a
// 503 to retry. Anything else stays an unexpected error.
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export const DATABASE_UNAVAILABLE = "Muster cannot reach its database. Try again in a moment.";
const RETRY_AFTER_SECONDS = 10;

// Prisma's codes for a database that cannot be reached, timed out, closed the connection, or left
// no connection free: https://www.prisma.io/docs/orm/reference/error-reference
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// The driver's own words for the same, when it throws past Prisma (raw pg clients).
const UNREACHABLE_NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EHOSTUNREACH"]);
// PostgreSQL's SQLSTATEs for a server shutting down or refusing connections (class 57, 08).
const UNREACHABLE_SQLSTATE = /^(57P0[1-3]|08)/;

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

/** Whether the error says the database is out of reach (not that a query was wrong). */
export function isDatabaseUnreachable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    const code = errorCode(cause);
    if (code && (UNREACHABLE_CODES.has(code) || UNREACHABLE_NETWORK.has(code) || UNREACHABLE_SQLSTATE.test(code))) return true;
    if (cause instanceof Prisma.PrismaClientInitializationError) return true;
    const message = cause instanceof Error ? cause.message : "";
    if (/Connection terminated|connect ECONNREFUSED|Can't reach database server/i.test(message)) return true;
  }
  return false;
}

export function databaseUnavailable(): DomainError {
  return new DomainError("unavailable", DATABASE_UNAVAILABLE, undefined, undefined, RETRY_AFTER_SECONDS);
}

/** PostgreSQL's SQLSTATE behind a failed query, as the pg driver adapter reports it. */
function sqlState(error: unknown): string | undefined {
  const adapterCause = (error as { cause?: { originalCode?: unknown } } | null)?.cause;
  const knownCause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta
    ?.driverAdapterError?.cause;
  const code = adapterCause?.originalCode ?? knownCause?.originalCode;
  return typeof code === "string" ? code : undefined;
}

const NUL_BYTE = "A text contains a character Muster cannot store (a NUL byte).";
const NUMBER_TOO_LARGE = "A number is too large to store.";
const VALUE_TOO_LONG = "A value is too long to store.";

// What each failure we can name stands for, by PostgreSQL's SQLSTATE or Prisma's code (they never
// clash: Prisma's begin with P). PostgreSQL's data exceptions (class 22) are the last line of
// defence for values the validation layer should have refused with the field's name: the caller's
// input, never a server fault.
const NAMED_FAILURES: Record<string, [DomainError["kind"], string]> = {
  "22021": ["invalid", NUL_BYTE],
  "22P05": ["invalid", NUL_BYTE],
  "22003": ["invalid", NUMBER_TOO_LARGE],
  "22008": ["invalid", "A date is outside the range Muster can store."],
  "22007": ["invalid", "A date is not a valid date."],
  "22001": ["invalid", VALUE_TOO_LONG],
  P2002: ["conflict", "That already exists: something with the same name or key is there."],
  P2025: ["not_found", "That no longer exists: it may have been removed."],
  P2015: ["not_found", "That no longer exists: it may have been removed."],
  P2003: ["conflict", "That refers to something that does not exist, or is still in use."],
  P2000: ["invalid", VALUE_TOO_LONG],
  P2020: ["invalid", NUMBER_TOO_LARGE],
  P2033: ["invalid", NUMBER_TOO_LARGE],
  P2034: ["conflict", "Someone else changed this at the same moment. Try again."],
};

/** The DomainError a database failure stands for, or null when it is not one we can name. */
export function domainErrorFromDatabase(error: unknown): DomainError | null {
  if (isDatabaseUnreachable(error)) return databaseUnavailable();
  const prismaCode = error instanceof Prisma.PrismaClientKnownRequestError ? error.code : undefined;
  const named = NAMED_FAILURES[sqlState(error) ?? ""] ?? NAMED_FAILURES[prismaCode ?? ""];
  return named ? new DomainError(...named) : null;
}

/** A DomainError as it is, a database failure as the DomainError it stands for, else null. */
export function asDomainError(error: unknown): DomainError | null {
  return error instanceof DomainError ? error : domainErrorFromDatabase(error);
}
