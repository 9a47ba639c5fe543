import { describe, expect, it } from "vitest";
import { findTokenCaller } from "@/lib/api-tokens/data";
import { createApiToken } from "@/lib/api-tokens/mutations";
import { userForSession } from "@/lib/auth/data";
import { startSession } from "@/lib/auth/mutations";
import { db } from "@/lib/db";
import { USER_MANAGEMENT_REFUSED } from "@/lib/users/ability";
import { findUserByCredentials, listManagedUsers } from "@/lib/users/data";
import { acceptInvitation, addUser, findInvitation, INVITATION_LIFETIME_MS, resetUserPassword, updateUser, type Access } from "@/lib/users/mutations";
import { presentManagedUser } from "@/lib/users/present";
import { demoUser, extraUser } from "@/test/users";

const DAY_MS = 24 * 60 * 60 * 1000;

async function refusal(promise: Promise<unknown>) {
  return promise.then(
    () => {
      throw new Error("The change was not refused");
    },
    (error: unknown) => error,
  );
}

/** Everything a user write may touch, to show a refused one touched nothing. */
async function usersState() {
  return {
    users: await db().user.findMany({ orderBy: { id: "asc" } }),
    sessions: await db().session.findMany({ orderBy: { id: "asc" } }),
    tokens: await db().apiToken.findMany({ orderBy: { id: "asc" } }),
    audit: await db().auditEvent.findMany({ orderBy: { id: "asc" } }),
  };
}

const auditOf = (itemKey: string) => db().auditEvent.findMany({ where: { itemKey }, orderBy: [{ at: "asc" }, { id: "asc" }] });

function invitationToken(access: Access): string {
  if (!("invitationToken" in access)) throw new Error("No invitation was made");
  return access.invitationToken;
}

function oneTimePassword(access: Access): string {
  if (!("oneTimePassword" in access)) throw new Error("No one-time password was made");
  return access.oneTimePassword;
}

describe("adding a user", () => {
  it("with a one-time password they sign in with, and one audit event that holds no secret", async () => {
    const admin = await demoUser("admin");
    const { user, access } = await addUser(admin, { email: " Dana.Ops@Example.com ", name: "Dana Ops", role: "commander", access: "one-time-password" });
    const password = oneTimePassword(access);

    expect(user).toMatchObject({ email: "dana.ops@example.com", name: "Dana Ops", role: "commander", deactivatedAt: null });
    expect(await findUserByCredentials("dana.ops@example.com", password)).toMatchObject({ id: user.id, role: "commander" });
    const [event, ...more] = await auditOf(user.id);
    expect(more).toEqual([]);
    expect(event).toMatchObject({ action: "user.created", itemKind: "user", actorId: admin.id, before: null, after: { email: "dana.ops@example.com", role: "commander", access: "one-time-password" } });
    const stored = JSON.stringify(await db().auditEvent.findMany());
    expect(stored).not.toContain(password);
    expect(stored).not.toContain((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash);
    expect((await listManagedUsers(admin)).map(presentManagedUser)).toContainEqual(expect.objectContaining({ id: user.id, active: true, hasPassword: true }));
  });

  it("with an invitation link that sets their password once, stored only as its hash", async () => {
    const admin = await demoUser("admin");
    const { user, access } = await addUser(admin, { email: "invited@example.com", name: "Invited Person", role: "responder" });
    const token = invitationToken(access);
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toBeNull();
    expect(row.invitationTokenHash).not.toBe(token);
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.invitationExpiresAt!.getTime() - Date.now()).toBeGreaterThan(INVITATION_LIFETIME_MS - DAY_MS);
    expect(await findInvitation(token)).toMatchObject({ id: user.id });

    expect(await acceptInvitation({ token, password: "a long chosen password" })).toMatchObject({ id: user.id });
    expect(await findUserByCredentials("invited@example.com", "a long chosen password")).toMatchObject({ id: user.id });
    expect(await auditOf(user.id)).toEqual([expect.objectContaining({ action: "user.created" }), expect.objectContaining({ action: "user.invitation_accepted", actorId: user.id })]);

    // Spent: the same link again is refused, and the password stays the one chosen.
    const before = await usersState();
    expect(await refusal(acceptInvitation({ token, password: "someone else's password" }))).toMatchObject({ kind: "not_found", message: expect.stringMatching(/not valid/) });
    expect(await findInvitation(token)).toBeNull();
    expect(await usersState()).toEqual(before);
  });

  it("refuses an expired invitation and changes nothing", async () => {
    const { user, access } = await addUser(await demoUser("admin"), { email: "late@example.com", name: "Late Person", role: "viewer" });
    const afterExpiry = new Date(Date.now() + INVITATION_LIFETIME_MS + 1000);
    const before = await usersState();
    expect(await refusal(acceptInvitation({ token: invitationToken(access), password: "too late a password" }, afterExpiry))).toMatchObject({ kind: "not_found" });
    expect(await findInvitation(invitationToken(access), afterExpiry)).toBeNull();
    expect(await usersState()).toEqual(before);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it("refuses an e-mail already taken and bad input, naming the field, with nothing changed", async () => {
    const admin = await demoUser("admin");
    const before = await usersState();
    expect(await refusal(addUser(admin, { email: admin.email.toUpperCase(), name: "Twin", role: "viewer" }))).toMatchObject({ kind: "conflict", field: "email" });
    expect(await refusal(addUser(admin, { email: "not an address", name: "X", role: "viewer" }))).toMatchObject({ kind: "invalid", field: "email" });
    expect(await refusal(addUser(admin, { email: "x@example.com", name: "X", role: "owner" }))).toMatchObject({ kind: "invalid", field: "role" });
    expect(await usersState()).toEqual(before);
  });
});

describe("changing a user", () => {
  it("changes a role, effective on the user's next request, with one audit event of before and after", async () => {
    const admin = await demoUser("admin");
    const person = await extraUser("viewer", "Role Change");
    const sessionId = await startSession(person.id);

    const updated = await updateUser(admin, person.id, { role: "responder" });

    expect(updated.role).toBe("responder");
    expect(await userForSession(sessionId, person.id)).toMatchObject({ role: "responder" });
    expect(await auditOf(person.id)).toEqual([
      expect.objectContaining({ action: "user.updated", actorId: admin.id, before: { role: "viewer" }, after: { role: "responder" } }),
    ]);
    // The same values again change nothing and record nothing.
    const before = await usersState();
    await updateUser(admin, person.id, { role: "responder", name: "Role Change" });
    expect(await usersState()).toEqual(before);
  });

  it("deactivates: their session and token stop at once, and reactivating brings neither back", async () => {
    const admin = await demoUser("admin");
    const person = await extraUser("responder", "Leaving Soon");
    const sessionId = await startSession(person.id);
    const { token } = await createApiToken(person, { name: "Their script" });
    expect(await userForSession(sessionId, person.id)).toMatchObject({ id: person.id });
    expect(await findTokenCaller(token)).toMatchObject({ user: { id: person.id } });

    expect(await updateUser(admin, person.id, { active: false })).toMatchObject({ deactivatedAt: expect.any(Date) });
    expect(await userForSession(sessionId, person.id)).toBeNull();
    expect(await findTokenCaller(token)).toBeNull();

    await updateUser(admin, person.id, { active: true });
    expect(await userForSession(sessionId, person.id)).toBeNull();
    expect(await findTokenCaller(token)).toBeNull();
    expect((await auditOf(person.id)).map(({ action, before, after }) => ({ action, before, after }))).toEqual([
      { action: "user.deactivated", before: { active: true }, after: { active: false } },
      { action: "user.reactivated", before: { active: false }, after: { active: true } },
    ]);
  });

  it("resets a password with a one-time password: the old one and their sessions stop", async () => {
    const admin = await demoUser("admin");
    const { user, access } = await addUser(admin, { email: "forgetful@example.com", name: "Forgetful", role: "responder", access: "one-time-password" });
    const sessionId = await startSession(user.id);

    const reset = await resetUserPassword(admin, user.id, { access: "one-time-password" });

    expect(await findUserByCredentials("forgetful@example.com", oneTimePassword(access))).toBeNull();
    expect(await findUserByCredentials("forgetful@example.com", oneTimePassword(reset.access))).toMatchObject({ id: user.id });
    expect(await userForSession(sessionId, user.id)).toBeNull();
    const events = await auditOf(user.id);
    expect(events.map(({ action }) => action)).toEqual(["user.created", "user.password_reset"]);
    expect(JSON.stringify(events)).not.toContain(oneTimePassword(reset.access));
  });

  it("resets a password with a new invitation: no password works until it is accepted, and the link before it is void", async () => {
    const admin = await demoUser("admin");
    const { user, access: first } = await addUser(admin, { email: "twice@example.com", name: "Twice Invited", role: "viewer" });
    const { access: second } = await resetUserPassword(admin, user.id, {});
    expect(await findInvitation(invitationToken(first))).toBeNull();
    expect(await refusal(acceptInvitation({ token: invitationToken(first), password: "the first link's try" }))).toMatchObject({ kind: "not_found" });
    await acceptInvitation({ token: invitationToken(second), password: "the second link's password" });
    expect(await findUserByCredentials("twice@example.com", "the second link's password")).toMatchObject({ id: user.id });
  });

  it("keeps the last active admin: neither demoted nor deactivated, with a clear message and nothing changed", async () => {
    const admin = await demoUser("admin");
    const before = await usersState();
    expect(await refusal(updateUser(admin, admin.id, { role: "viewer" }))).toMatchObject({
      kind: "conflict",
      field: "role",
      message: `${admin.name} is the last active admin. Muster needs at least one active admin: make another user an admin first.`,
    });
    expect(await refusal(updateUser(admin, admin.id, { active: false }))).toMatchObject({ kind: "conflict", field: "active" });
    expect(await usersState()).toEqual(before);

    // With a second admin, the first may step down.
    const second = await extraUser("admin", "Second Admin");
    expect(await updateUser(second, admin.id, { role: "commander" })).toMatchObject({ role: "commander" });
    expect(await refusal(updateUser(second, second.id, { active: false }))).toMatchObject({ kind: "conflict" });
    await updateUser(second, admin.id, { role: "admin" });
  });

  it("refuses a missing user and bad input", async () => {
    const admin = await demoUser("admin");
    const before = await usersState();
    expect(await refusal(updateUser(admin, "no-such-user", { role: "viewer" }))).toMatchObject({ kind: "not_found" });
    expect(await refusal(updateUser(admin, admin.id, { active: "no" }))).toMatchObject({ kind: "invalid", field: "active" });
    expect(await refusal(resetUserPassword(admin, admin.id, { access: "carrier-pigeon" }))).toMatchObject({ kind: "invalid", field: "access" });
    expect(await usersState()).toEqual(before);
  });
});

describe.each(["viewer", "responder", "commander"] as const)("a %s", (role) => {
  it("may neither list, add, change nor reset users, and changes nothing", async () => {
    const caller = await demoUser(role);
    const target = await demoUser("viewer");
    const before = await usersState();
    const refused = { kind: "forbidden", message: USER_MANAGEMENT_REFUSED };
    expect(await refusal(listManagedUsers(caller))).toMatchObject(refused);
    expect(await refusal(addUser(caller, { email: "sneaky@example.com", name: "Sneaky", role: "admin" }))).toMatchObject(refused);
    expect(await refusal(updateUser(caller, caller.id, { role: "admin" }))).toMatchObject(refused);
    expect(await refusal(updateUser(caller, target.id, { active: false }))).toMatchObject(refused);
    expect(await refusal(resetUserPassword(caller, target.id, { access: "one-time-password" }))).toMatchObject(refused);
    expect(await usersState()).toEqual(before);
  });
});
