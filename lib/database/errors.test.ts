import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { asDomainError, DATABASE_UNAVAILABLE } from "@/lib/database/errors";
import { db } from "@/lib/db";
import { PrismaClient } from "@/lib/generated/prisma/client";

async function failureOf(query: () => Promise<unknown>) {
  const error = await query().then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, "the query should have failed").not.toBeNull();
  return asDomainError(error);
}

describe("database failures in the caller's words", () => {
  it("a NUL byte in an id is the caller's input, not a server fault", async () => {
    const known = await failureOf(() => db().incident.findUnique({ where: { id: "a\u0000b" } }));
    expect(known).toMatchObject({ kind: "invalid", message: expect.stringMatching(/NUL byte/) });
  });

  it("a number beyond its column is refused as too large", async () => {
    const known = await failureOf(() => db().incident.findMany({ where: { number: 2 ** 31 } }));
    expect(known).toMatchObject({ kind: "invalid", message: "A number is too large to store." });
  });

  it("a date beyond PostgreSQL's range is refused", async () => {
    const known = await failureOf(() => db().incident.findMany({ where: { detectedAt: new Date("0000-01-01") } }));
    expect(known).toMatchObject({ kind: "invalid", message: expect.stringMatching(/date/) });
  });

  it("a unique clash is a conflict and a missing row is not found", async () => {
    const user = await db().user.findFirstOrThrow();
    const clash = await failureOf(() => db().user.create({ data: { ...user, id: "another-user" } }));
    expect(clash?.kind).toBe("conflict");
    const missing = await failureOf(() => db().user.update({ where: { id: "nobody" }, data: { name: "x" } }));
    expect(missing?.kind).toBe("not_found");
  });

  it("a database out of reach is 503, to retry", async () => {
    const unreachable = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://muster:x@127.0.0.1:1/muster" }) });
    const known = await failureOf(() => unreachable.user.count());
    expect(known).toMatchObject({ kind: "unavailable", message: DATABASE_UNAVAILABLE, retryAfterSeconds: 10 });
  });

  it("anything else stays unexpected", () => {
    expect(asDomainError(new Error("a bug"))).toBeNull();
  });
});
