// What an import would change in the plan, item by item and keyed by the items' stable keys:
// added, changed (only the fields that differ, before and after), removed, and parts put in a new order.
import { changedFields, type PlanItemValues } from "@/lib/plan/changes";
import { EDITABLE_DOCUMENT_FIELDS, type PlanContent, type PlanModel, type PlanPart } from "@/lib/plan/code/model";

export type PlanCodeChange = {
  /** "document", or the part of the plan: "services", "communicationTemplates", … */
  part: "document" | PlanPart;
  /** The item's stable key; "order" when the part's items are put in a new order. */
  key: string;
  /** What a reader calls the item. */
  label: string;
  change: "added" | "changed" | "removed";
  before: PlanItemValues | null;
  after: PlanItemValues | null;
};

type Item = Record<string, unknown>;
type PartRule = { keyField: string; labelField: string };

/** How each part's items are known and named. */
export const PART_RULES: Record<PlanPart, PartRule> = {
  recoveryTiers: { keyField: "severity", labelField: "name" },
  dataRecoveryPoints: { keyField: "key", labelField: "name" },
  services: { keyField: "key", labelField: "name" },
  scenarios: { keyField: "key", labelField: "name" },
  runbooks: { keyField: "key", labelField: "title" },
  recoveryScripts: { keyField: "path", labelField: "path" },
  contacts: { keyField: "key", labelField: "role" },
  escalationLevels: { keyField: "key", labelField: "name" },
  backupPolicies: { keyField: "key", labelField: "name" },
  verificationSchedule: { keyField: "key", labelField: "activity" },
  drillSchedule: { keyField: "key", labelField: "testType" },
  successCriteria: { keyField: "key", labelField: "name" },
  reviewAgenda: { keyField: "key", labelField: "title" },
  reviewCadences: { keyField: "key", labelField: "name" },
  planLists: { keyField: "key", labelField: "title" },
  communicationTemplates: { keyField: "key", labelField: "name" },
  reportingObligations: { keyField: "key", labelField: "name" },
};

export const PLAN_PARTS = Object.keys(PART_RULES) as PlanPart[];

/** An item's values as a change record keeps them: every field but its key. */
function valuesOf(item: Item, keyField: string): PlanItemValues {
  return Object.fromEntries(Object.entries(item).filter(([field]) => field !== keyField)) as PlanItemValues;
}

function partChanges(part: PlanPart, current: readonly Item[], wanted: readonly Item[]): PlanCodeChange[] {
  const { keyField, labelField } = PART_RULES[part];
  const keyOf = (item: Item) => String(item[keyField]);
  const labelOf = (item: Item) => String(item[labelField]);
  const currentByKey = new Map(current.map((item) => [keyOf(item), item]));
  const wantedKeys = new Set(wanted.map(keyOf));
  const changes: PlanCodeChange[] = [];

  for (const item of wanted) {
    const existing = currentByKey.get(keyOf(item));
    if (!existing) {
      changes.push({ part, key: keyOf(item), label: labelOf(item), change: "added", before: null, after: valuesOf(item, keyField) });
      continue;
    }
    const diff = changedFields(valuesOf(existing, keyField), valuesOf(item, keyField));
    if (diff.changed) changes.push({ part, key: keyOf(item), label: labelOf(item), change: "changed", before: diff.before, after: diff.after });
  }
  for (const item of current) {
    if (!wantedKeys.has(keyOf(item))) {
      changes.push({ part, key: keyOf(item), label: labelOf(item), change: "removed", before: valuesOf(item, keyField), after: null });
    }
  }

  // Items that stay, in a new order: one change for the part, not one for every item that moved.
  const kept = current.map(keyOf).filter((key) => wantedKeys.has(key));
  const keptInNewOrder = wanted.map(keyOf).filter((key) => currentByKey.has(key));
  if (kept.join("\n") !== keptInNewOrder.join("\n")) {
    changes.push({ part, key: "order", label: `Order of ${part}`, change: "changed", before: { order: kept }, after: { order: keptInNewOrder } });
  }
  return changes;
}

/** Every change that would make `current` into `wanted`, part by part in the plan's order. */
export function planChanges(current: PlanModel, wanted: PlanContent): PlanCodeChange[] {
  const documentBefore = Object.fromEntries(EDITABLE_DOCUMENT_FIELDS.map((field) => [field, current.document[field]])) as PlanItemValues;
  const documentAfter = Object.fromEntries(EDITABLE_DOCUMENT_FIELDS.map((field) => [field, wanted.document[field]])) as PlanItemValues;
  const documentDiff = changedFields(documentBefore, documentAfter);
  return [
    ...(documentDiff.changed
      ? [{ part: "document" as const, key: "plan", label: wanted.document.title, change: "changed" as const, before: documentDiff.before, after: documentDiff.after }]
      : []),
    ...PLAN_PARTS.flatMap((part) => partChanges(part, current[part] as Item[], wanted[part] as Item[])),
  ];
}

/** "services[core-api]": how the change record names an item of an import. */
export function changeName(change: Pick<PlanCodeChange, "part" | "key">): string {
  return `${change.part}[${change.key}]`;
}
