import "server-only";
import { randomBytes } from "node:crypto";
import { hashToken } from "@/lib/api-tokens/token";
import { recordAuditEvent, type AuditValues } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { userSocketRoom } from "@/lib/realtime/handshake";
import { disconnectSockets } from "@/lib/realtime/publish";
import type { Tx } from "@/lib/timeline/mutations";
import { requireUserAdmin } from "@/lib/users/ability";
import { normaliseEmail, type SignedInUser } from "@/lib/users/data";
import { hashPassword } from "@/lib/users/passwords";
import { MANAGED_USER_FIELDS, type ManagedUser } from "@/lib/users/present";
import { acceptInvitationSchema, addUserSchema, createUserSchema, passwordResetSchema, PASSWORD_ACCESS, updateUserSchema } from "@/lib/users/schema";
import { parseId, parseInput } from "@/lib/validation";

/** How long an invitation link stays good: long enough for a weekend, short enough to lapse if lost. */
export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
export const INVITATION_REFUSED = "This invitation link is not valid: it was used already, replaced or has expired. Ask an admin for a new one.";
const LAST_ADMIN = "Muster needs at least one active admin: make another user an admin first.";

type PasswordAccess = (typeof PASSWORD_ACCESS)[number];

/** What an admin passes on, once: shown in the answer and never stored in clear. */
export type Access = { oneTimePassword: string } | { invitationToken: string; invitationExpiresAt: Date };

/** The columns that give a user a password, or an invitation to choose one, and the secret to pass on. */
async function newAccess(access: PasswordAccess, now = new Date()) {
  const secret = randomBytes(access === "invitation" ? 32 : 18).toString("base64url");
  if (access === "one-time-password") {
    return { data: { passwordHash: await hashPassword(secret), invitationTokenHash: null, invitationExpiresAt: null }, access: { oneTimePassword: secret } };
  }
  const invitationExpiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  // Until the invitation is accepted the user has no password at all.
  return { data: { passwordHash: null, invitationTokenHash: hashToken(secret), invitationExpiresAt }, access: { invitationToken: secret, invitationExpiresAt } };
}

/** Ends the user's sessions and tokens for good, so being reactivated later brings none of them back. */
async function endCredentials(tx: Tx, userId: string, now: Date) {
  await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  await tx.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
}

/** The active admins, locked until the transaction ends, so two admins demoted at once cannot leave none. */
async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE role = 'admin' AND "deactivatedAt" IS NULL FOR UPDATE`;
  return rows.map(({ id }) => id);
}

async function findManaged(tx: Tx, id: string): Promise<ManagedUser> {
  const user = await tx.user.findUnique({ where: { id }, select: MANAGED_USER_FIELDS });
  if (!user) throw new DomainError("not_found", `No user has the id ${id}.`);
  return user;
}

/**
 * Creates a user. Run by the operator's command line (npm run user:create), which is how the
 * first admin of a real database comes to exist; admins add everyone else in Settings (addUser).
 */
export async function createUser(input: unknown) {
  const { email, name, role, password } = parseInput(createUserSchema, input);
  const normalised = normaliseEmail(email);
  if (await db().user.findUnique({ where: { email: normalised } })) {
    throw new DomainError("conflict", `A user with the e-mail ${normalised} already exists.`, "email");
  }
  return db().user.create({
    data: { email: normalised, name, role, passwordHash: await hashPassword(password) },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** An admin adds a user, with a one-time password or an invitation link to pass on to them. */
export async function addUser(actor: SignedInUser, input: unknown): Promise<{ user: ManagedUser; access: Access }> {
  requireUserAdmin(actor);
  const { email, name, role, access } = parseInput(addUserSchema, input);
  const granted = await newAccess(access);
  const user = await db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email } })) throw new DomainError("conflict", `A user with the e-mail ${email} already exists.`, "email");
    const created = await tx.user.create({ data: { email, name, role, ...granted.data }, select: MANAGED_USER_FIELDS });
    await recordAuditEvent(tx, actor, { action: "user.created", itemKind: "user", itemKey: created.id, label: email, before: null, after: { email, name, role, access } });
    return created;
  });
  return { user, access: granted.access };
}

/**
 * An admin renames a user, changes their role, deactivates (`active: false`) or reactivates them.
 * Deactivating ends their sessions, tokens and open sockets at once. The last active admin can be
 * neither demoted nor deactivated.
 */
export async function updateUser(actor: SignedInUser, userId: string, input: unknown): Promise<ManagedUser> {
  requireUserAdmin(actor);
  const id = parseId(userId, "id", "a user's id");
  const changes = parseInput(updateUserSchema, input);
  const now = new Date();

  const { updated, deactivated } = await db().$transaction(async (tx) => {
    const activeAdmins = await lockActiveAdmins(tx);
    const user = await findManaged(tx, id);
    const before: AuditValues = { name: user.name, role: user.role, active: user.deactivatedAt === null };
    const after: AuditValues = { ...before, ...changes };
    const fields = Object.keys(after).filter((field) => before[field] !== after[field]);
    if (fields.length === 0) return { updated: user, deactivated: false };

    const losesAdmin = activeAdmins.includes(id) && (after.role !== "admin" || after.active === false);
    if (losesAdmin && activeAdmins.length === 1) {
      throw new DomainError("conflict", `${user.name} is the last active admin. ${LAST_ADMIN}`, after.active === false ? "active" : "role");
    }
    const deactivating = before.active === true && after.active === false;
    const data: Prisma.UserUpdateInput = { name: changes.name, role: changes.role };
    if (before.active !== after.active) data.deactivatedAt = deactivating ? now : null;
    if (deactivating) await endCredentials(tx, id, now);
    const saved = await tx.user.update({ where: { id }, data, select: MANAGED_USER_FIELDS });

    const pick = (values: AuditValues) => Object.fromEntries(fields.map((field) => [field, values[field]]));
    const verb = fields.length === 1 && fields[0] === "active" ? (deactivating ? "deactivated" : "reactivated") : "updated";
    await recordAuditEvent(tx, actor, { action: `user.${verb}`, itemKind: "user", itemKey: id, label: saved.email, before: pick(before), after: pick(after) });
    return { updated: saved, deactivated: deactivating };
  });
  // Sockets are told once the change is committed; each would be refused at its next command anyway.
  if (deactivated) disconnectSockets(userSocketRoom(id));
  return updated;
}

/**
 * An admin resets a user's password: a new one-time password, or a new invitation link (their old
 * password stops working). Either way their sessions end, and any earlier invitation link.
 */
export async function resetUserPassword(actor: SignedInUser, userId: string, input: unknown): Promise<{ user: ManagedUser; access: Access }> {
  requireUserAdmin(actor);
  const id = parseId(userId, "id", "a user's id");
  const { access } = parseInput(passwordResetSchema, input);
  const granted = await newAccess(access);
  const now = new Date();
  const user = await db().$transaction(async (tx) => {
    const existing = await findManaged(tx, id);
    if (existing.deactivatedAt) throw new DomainError("conflict", `${existing.name} is deactivated: reactivate them before resetting their password.`);
    await tx.session.updateMany({ where: { userId: id, revokedAt: null }, data: { revokedAt: now } });
    const saved = await tx.user.update({ where: { id }, data: granted.data, select: MANAGED_USER_FIELDS });
    await recordAuditEvent(tx, actor, { action: "user.password_reset", itemKind: "user", itemKey: id, label: saved.email, before: null, after: { access } });
    return saved;
  });
  disconnectSockets(userSocketRoom(id));
  return { user, access: granted.access };
}

/** The user an invitation link is for, while it is still good; null once used, replaced or expired. */
export async function findInvitation(token: string, now = new Date()) {
  return db().user.findFirst({
    where: { invitationTokenHash: hashToken(token), invitationExpiresAt: { gt: now }, deactivatedAt: null },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** The invited person chooses their password; the link works once. */
export async function acceptInvitation(input: unknown, now = new Date()): Promise<SignedInUser> {
  const { token, password } = parseInput(acceptInvitationSchema, input);
  // Anyone may call this: a link that is no good is refused before the slow hash is paid for.
  const user = await findInvitation(token, now);
  if (!user) throw new DomainError("not_found", INVITATION_REFUSED);
  const passwordHash = await hashPassword(password);
  const tokenHash = hashToken(token);
  return db().$transaction(async (tx) => {
    // Spent only while it still holds this link, so two submissions of it cannot both succeed.
    const { count } = await tx.user.updateMany({
      where: { id: user.id, invitationTokenHash: tokenHash, invitationExpiresAt: { gt: now }, deactivatedAt: null },
      data: { passwordHash, invitationTokenHash: null, invitationExpiresAt: null },
    });
    if (count === 0) throw new DomainError("not_found", INVITATION_REFUSED);
    await recordAuditEvent(tx, user, { action: "user.invitation_accepted", itemKind: "user", itemKey: user.id, label: user.email, before: null, after: { hasPassword: true } });
    return user;
  });
}
