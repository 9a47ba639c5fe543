import "server-only";
import { db } from "@/lib/db";
import { publishPublicStatusChange } from "@/lib/realtime/publish";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/timeline/mutations";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The parts of the plan a change names. */
export type PlanItemKind =
  | "service"
  | "contact"
  | "scenario"
  | "recovery-tier"
  | "escalation-level"
  | "plan-document"
  | "runbook"
  | "import"
  | "backup-policy"
  | "backup-verification"
  | "drill"
  | "success-criterion"
  | "review-agenda-item"
  | "review-cadence"
  | "plan-list"
  | "communication-template"
  | "reporting-obligation";

/** An item's editable fields as a change record keeps them. */
export type PlanItemValues = Record<string, Prisma.InputJsonValue | null>;

export type PlanChangeInput = {
  kind: PlanItemKind;
  /** The item's key (services, scenarios), severity (recovery tiers) or id (contacts, escalation levels); "plan" for the document. */
  key: string;
  /** What a reader calls the item: its name after the change. */
  label: string;
  before: PlanItemValues;
  after: PlanItemValues;
};

/** A change that marks a major version rather than changing an item. */
export const MAJOR_VERSION_KIND = "version";

/** The version after `version`: "1.0" → "1.1", "1.9" → "1.10"; a bare "2" becomes "2.1". */
export function nextVersion(version: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(version.trim());
  if (!match) return `${version}.1`;
  return `${match[1]}.${Number(match[2] ?? 0) + 1}`;
}

/** The major version after `version`: "1.7" → "2.0". */
export function nextMajorVersion(version: string): string {
  const major = /^(\d+)/.exec(version.trim());
  return major ? `${Number(major[1]) + 1}.0` : `${version}.0`;
}

/**
 * Locks the plan document for the rest of the transaction, so plan changes apply one at a time:
 * each reads the values it replaces after the one before it committed, and versions never collide.
 * Every plan write takes it before it reads what it changes.
 */
export async function lockPlan(tx: Tx): Promise<string> {
  const [plan] = await tx.$queryRaw<{ version: string }[]>`SELECT version FROM "PlanDocument" WHERE id = 'plan' FOR UPDATE`;
  if (!plan) throw new Error("The plan document is missing: the database was not seeded.");
  return plan.version;
}

/**
 * Runs a write to the plan in one transaction that holds the plan's lock from its first read. A
 * write of the whole plan (an import) takes longer than Prisma's 5 s default on a busy machine.
 */
export async function inPlanTransaction<T>(write: (tx: Tx) => Promise<T>, { timeoutMs = 5_000 }: { timeoutMs?: number } = {}): Promise<T> {
  const result = await db().$transaction(
    async (tx) => {
      await lockPlan(tx);
      return write(tx);
    },
    { timeout: timeoutMs },
  );
  // A service's name, dependencies or place on the public page may have changed.
  publishPublicStatusChange();
  return result;
}

/** The fields of `after` that differ from `before`, each side holding only those. */
export function changedFields(before: PlanItemValues, after: PlanItemValues) {
  const fields = Object.keys(after).filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
  const pick = (values: PlanItemValues) => Object.fromEntries(fields.map((field) => [field, values[field] ?? null]));
  return { before: pick(before), after: pick(after), changed: fields.length > 0 };
}

/**
 * Records one change to the plan in the caller's transaction and moves the plan's version on
 * (1.0 → 1.1). The record is append-only: it is the plan's document control.
 */
export function recordPlanChange(tx: Tx, user: SignedInUser, change: PlanChangeInput) {
  const { kind, key, label, before, after } = change;
  return appendPlanChange(tx, user, nextVersion, () => ({ kind, itemKey: key, label, before, after }));
}

/** Marks the plan's next version as a major one (1.7 → 2.0) with the admin's note, changing no item. */
export function recordMajorVersion(tx: Tx, user: SignedInUser, note: string) {
  return appendPlanChange(tx, user, nextMajorVersion, (version, previous) => ({
    kind: MAJOR_VERSION_KIND,
    itemKey: version,
    label: `Version ${version}`,
    before: { version: previous },
    after: { version },
    note,
  }));
}

type ChangeRow = Pick<Prisma.PlanChangeUncheckedCreateInput, "kind" | "itemKey" | "label" | "before" | "after" | "note">;

async function appendPlanChange(tx: Tx, user: SignedInUser, next: (version: string) => string, row: (version: string, previous: string) => ChangeRow) {
  const previous = await lockPlan(tx);
  const version = next(previous);
  // Taken after the lock, so a later change never carries an earlier time.
  const changedAt = new Date();
  await tx.planDocument.update({ where: { id: "plan" }, data: { version, lastUpdatedAt: changedAt } });
  return tx.planChange.create({ data: { ...row(version, previous), version, changedById: user.id, changedByName: user.name, changedAt } });
}

/** Every change to the plan, newest first. */
export function listPlanChanges(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().planChange.findMany({ orderBy: [{ changedAt: "desc" }, { version: "desc" }] });
}

export type PlanChangeRecord = Awaited<ReturnType<typeof listPlanChanges>>[number];
