import { describe, expect, it } from "vitest";
import { FAILURES_PER_ACCOUNT, FAILURES_PER_ADDRESS } from "@/lib/auth/sign-in-limits";
import { clientAddress, signInWithPassword, tooManyAttempts } from "@/lib/auth/sign-in";
import { db } from "@/lib/db";
import { DEMO_USERS } from "@/lib/users/demo-users";

// Each guess costs a bcrypt comparison; the loops below take seconds on a busy machine.
const GUESSING_TIMEOUT_MS = 120_000;

const commander = DEMO_USERS.find((user) => user.role === "commander")!;
const viewer = DEMO_USERS.find((user) => user.role === "viewer")!;

describe("sign-in with a password", () => {
  it("signs in with the right pair and refuses a wrong one or an unknown e-mail", async () => {
    expect(await signInWithPassword(` ${viewer.email.toUpperCase()} `, viewer.password, "10.0.0.1")).toMatchObject({ email: viewer.email });
    expect(await signInWithPassword(viewer.email, "wrong", "10.0.0.1")).toBeNull();
    expect(await signInWithPassword("nobody@muster.local", viewer.password, "10.0.0.1")).toBeNull();
  });

  it("refuses a deactivated user even with the right password", async () => {
    const { id } = await db().user.findUniqueOrThrow({ where: { email: viewer.email } });
    await db().user.update({ where: { id }, data: { deactivatedAt: new Date() } });
    try {
      expect(await signInWithPassword(viewer.email, viewer.password, "10.0.0.2")).toBeNull();
    } finally {
      await db().user.update({ where: { id }, data: { deactivatedAt: null } });
    }
  });

  it("stops guessing at one account, even with the right password, whatever the address", async () => {
    for (let guess = 0; guess < FAILURES_PER_ACCOUNT; guess++) {
      expect(await signInWithPassword(commander.email, `guess-${guess}`, `10.1.0.${guess}`)).toBeNull();
    }
    await expect(signInWithPassword(commander.email, commander.password, "10.1.1.1")).rejects.toThrow(
      "Too many sign-in attempts. Try again in 15 minutes.",
    );
  }, GUESSING_TIMEOUT_MS);

  it("stops one address guessing across accounts, and lets another address sign in", async () => {
    for (let guess = 0; guess < FAILURES_PER_ADDRESS; guess++) {
      expect(await signInWithPassword(`guess-${guess}@muster.local`, "wrong", "10.2.0.1")).toBeNull();
    }
    await expect(signInWithPassword(viewer.email, viewer.password, "10.2.0.1")).rejects.toThrow(/^Too many sign-in attempts/);
    expect(await signInWithPassword(viewer.email, viewer.password, "10.2.0.2")).toMatchObject({ email: viewer.email });
  }, GUESSING_TIMEOUT_MS);

  it("keeps its counts in the database, where every node reads them", async () => {
    const rows = await db().signInAttempt.count({ where: { key: { startsWith: "address:10.2.0.1" } } });
    expect(rows).toBe(1);
  });

  it("says how long to wait in minutes", () => {
    expect(tooManyAttempts(14 * 60_000 + 1)).toBe("Too many sign-in attempts. Try again in 15 minutes.");
    expect(tooManyAttempts(30_000)).toBe("Too many sign-in attempts. Try again in 1 minute.");
  });
});

describe("the address a sign-in comes from", () => {
  const forwarded = (value: string) => ({ "x-forwarded-for": value });

  it("is the peer Muster's server saw, whatever the client wrote before it", () => {
    expect(clientAddress(forwarded("203.0.113.9, 198.51.100.7"), 0)).toBe("198.51.100.7");
  });

  it("behind trusted proxies, is the address the outermost of them saw, not one the client wrote", () => {
    // The client wrote 203.0.113.9; the proxy appended the client it saw, Muster the proxy.
    expect(clientAddress(forwarded("203.0.113.9, 198.51.100.7, 10.0.0.2"), 1)).toBe("198.51.100.7");
    expect(clientAddress(forwarded("198.51.100.7, 10.0.0.5, 10.0.0.2"), 2)).toBe("198.51.100.7");
  });

  it("never reads past the first entry, and names no address when there is none", () => {
    expect(clientAddress(forwarded("10.0.0.2"), 3)).toBe("10.0.0.2");
    expect(clientAddress({}, 1)).toBe("unknown");
  });
});
