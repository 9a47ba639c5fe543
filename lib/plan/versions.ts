import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { requirePlanAdmin } from "@/lib/plan/ability";
import { inPlanTransaction, MAJOR_VERSION_KIND, recordMajorVersion, type PlanItemKind } from "@/lib/plan/changes";
import { markMajorVersionSchema } from "@/lib/plan/schema";
import { describeFieldChange } from "@/lib/plan/words";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

/**
 * The kinds of plan item each plan page shows, for the line saying when they last changed. The plan
 * page is the document as a whole: its last change is any change.
 */
export const PLAN_PAGE_KINDS = {
  services: ["service"],
  contacts: ["contact", "escalation-level"],
  scenarios: ["scenario", "recovery-tier"],
  runbooks: ["runbook"],
  backups: ["backup-policy", "backup-verification", "drill", "success-criterion"],
  obligations: ["reporting-obligation"],
  plan: null,
} satisfies Record<string, readonly PlanItemKind[] | null>;

export type PlanPage = keyof typeof PLAN_PAGE_KINDS;

/** The newest change to the items a plan page shows, or null when none has changed since the seed. */
export function lastPlanChange(caller: SignedInUser, page: PlanPage) {
  requireSignedIn(caller);
  const kinds: readonly string[] | null = PLAN_PAGE_KINDS[page];
  return db().planChange.findFirst({
    where: kinds ? { kind: { in: [...kinds] } } : {},
    orderBy: [{ changedAt: "desc" }, { version: "desc" }],
    select: { version: true, label: true, changedByName: true, changedAt: true },
  });
}

export type LastPlanChange = NonNullable<Awaited<ReturnType<typeof lastPlanChange>>>;

/** Marks the plan's next version as a major one (1.7 → 2.0) with a note saying why (admins). */
export async function markMajorVersion(user: SignedInUser, input: unknown) {
  requirePlanAdmin(user);
  const { note } = parseInput(markMajorVersionSchema, input);
  return inPlanTransaction((tx) => recordMajorVersion(tx, user, note));
}

type ChangeRow = Awaited<ReturnType<typeof changesOldestFirst>>[number];
type Values = Record<string, unknown>;

function changesOldestFirst() {
  return db().planChange.findMany({ orderBy: [{ changedAt: "asc" }, { version: "asc" }] });
}

const valuesOf = (value: unknown): Values => (value && typeof value === "object" && !Array.isArray(value) ? (value as Values) : {});

/** The version the plan had before its first recorded change: the seed's, "1.0" for the CRYB plan. */
function firstVersion(changes: readonly ChangeRow[], current: string): string {
  const first = changes[0];
  if (!first) return current;
  const previous = valuesOf(first.before).version;
  if (first.kind === MAJOR_VERSION_KIND && typeof previous === "string") return previous;
  const match = /^(\d+)\.(\d+)$/.exec(first.version);
  return match && Number(match[2]) > 0 ? `${match[1]}.${Number(match[2]) - 1}` : first.version;
}

/** Every version the plan has had, oldest first. */
async function planVersions() {
  const [document, changes] = await Promise.all([db().planDocument.findUniqueOrThrow({ where: { id: "plan" } }), changesOldestFirst()]);
  return { changes, versions: [firstVersion(changes, document.version), ...changes.map((change) => change.version)] };
}

export type FieldDifference = { field: string; a: unknown; b: unknown };
export type ItemDifference = { kind: string; key: string; label: string; fields: FieldDifference[]; words: string };

/** The items `changes` (oldest first) changed, each field with its value before them and after them. */
function itemDifferences(changes: readonly ChangeRow[], aIsLater: boolean): ItemDifference[] {
  const items = new Map<string, { kind: string; key: string; label: string; earliest: Values; latest: Values }>();
  for (const change of changes) {
    if (change.kind === MAJOR_VERSION_KIND) continue;
    const id = `${change.kind}\u0000${change.itemKey}`;
    const item = items.get(id) ?? { kind: change.kind, key: change.itemKey, label: change.label, earliest: {}, latest: {} };
    const before = valuesOf(change.before);
    const after = valuesOf(change.after);
    for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!(field in item.earliest)) item.earliest[field] = before[field] ?? null;
      item.latest[field] = after[field] ?? null;
    }
    item.label = change.label;
    items.set(id, item);
  }
  return [...items.values()].flatMap(({ kind, key, label, earliest, latest }) => {
    // A field changed and changed back between the two versions reads the same at both.
    const fields = Object.keys(latest)
      .filter((field) => JSON.stringify(earliest[field]) !== JSON.stringify(latest[field]))
      .map((field) => (aIsLater ? { field, a: latest[field], b: earliest[field] } : { field, a: earliest[field], b: latest[field] }));
    if (fields.length === 0) return [];
    const words = `${kind} ${label}: ${fields.map((field) => describeFieldChange(field.field, field.a, field.b)).join("; ")}`;
    return [{ kind, key, label, fields, words }];
  });
}

/**
 * What differs between two versions of the plan, item by item: each field with its value at version
 * `a` and at version `b`. Either may be the later; the same version twice differs in nothing.
 */
export async function diffPlanVersions(caller: SignedInUser, a: string, b: string) {
  requireSignedIn(caller);
  const from = parseId(a, "a", "a plan version such as 1.3");
  const to = parseId(b, "b", "a plan version such as 1.3");
  const { changes, versions } = await planVersions();
  const indexOf = (version: string) => {
    const index = versions.indexOf(version);
    if (index < 0) {
      throw new DomainError("not_found", `The plan has no version "${version}": its versions run from ${versions[0]} to ${versions.at(-1)}.`);
    }
    return index;
  };
  const [ia, ib] = [indexOf(from), indexOf(to)];
  // The change at index i made version i + 1, so the changes after version lo up to version hi are lo … hi - 1.
  const between = changes.slice(Math.min(ia, ib), Math.max(ia, ib));
  return {
    a: from,
    b: to,
    items: itemDifferences(between, ia > ib),
    majorVersions: between.filter((change) => change.kind === MAJOR_VERSION_KIND).map(({ version, note }) => ({ version, note })),
  };
}

export type PlanDiff = Awaited<ReturnType<typeof diffPlanVersions>>;

/** Every version the plan has had, newest first, for choosing two to compare. */
export async function listPlanVersionNames(caller: SignedInUser) {
  requireSignedIn(caller);
  return (await planVersions()).versions.reverse();
}

/**
 * The plan versions in force at some time from `from` up to `end`, oldest first: the one in force
 * at `from`, then each made before `end`, with the change that made it (none for the first).
 */
export async function planVersionsInForce(caller: SignedInUser, from: Date, end: Date) {
  requireSignedIn(caller);
  const [{ changes, versions }, document] = await Promise.all([planVersions(), db().planDocument.findUniqueOrThrow({ where: { id: "plan" } })]);
  // versions[i + 1] is the one changes[i] made; versions[0] the one the plan was adopted with.
  const all = versions.map((version, index) => {
    const change = index > 0 ? changes[index - 1] : null;
    return {
      version,
      since: change?.changedAt ?? document.adoptedAt,
      change: change && { kind: change.kind, label: change.label, note: change.note, by: change.changedByName },
    };
  });
  const inForceAtStart = all.findLastIndex((entry, index) => index === 0 || entry.since <= from);
  return all.filter((entry, index) => index === inForceAtStart || (index > inForceAtStart && entry.since < end));
}

export type PlanVersionInForce = Awaited<ReturnType<typeof planVersionsInForce>>[number];
