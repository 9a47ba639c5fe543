import "server-only";
import { DomainError } from "@/lib/errors";
import { changedFields, inPlanTransaction, recordPlanChange, type PlanItemKind, type PlanItemValues } from "@/lib/plan/changes";
import type { Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";

export type PlanItemEdit<Row, Values extends PlanItemValues> = {
  kind: PlanItemKind;
  key: string;
  /** The refusal when no item has the key. */
  missing: string;
  find: (tx: Tx) => Promise<Row | null>;
  /** The item's editable fields, as its GET answer names them. */
  values: (row: Row) => Values;
  /** What a reader calls the item after the change. */
  label: (after: Values, row: Row) => string;
  /** Writes the fields that changed, and only those. */
  write: (tx: Tx, row: Row, changed: Partial<Values>) => Promise<unknown>;
};

/**
 * Applies an admin's change to one item of the plan (the caller has checked the admin and parsed the
 * input): in the plan's transaction, writes the fields that differ and records them before and after.
 * Values written back as they stand change nothing and make no new version.
 */
export function editPlanItem<Row, Values extends PlanItemValues>(user: SignedInUser, changes: Partial<Values>, edit: PlanItemEdit<Row, Values>) {
  return inPlanTransaction(async (tx) => {
    const row = await edit.find(tx);
    if (!row) throw new DomainError("not_found", edit.missing);
    const before = edit.values(row);
    const after = { ...before, ...changes };
    const diff = changedFields(before, after);
    if (!diff.changed) return;
    await edit.write(tx, row, diff.after as Partial<Values>);
    await recordPlanChange(tx, user, { kind: edit.kind, key: edit.key, label: edit.label(after, row), before: diff.before, after: diff.after });
  });
}
