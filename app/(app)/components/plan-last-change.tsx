import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { formatDateAndTime } from "@/lib/format";
import { lastPlanChange, type PlanPage } from "@/lib/plan/versions";

/** When the items a plan page shows last changed, and by whom, with the way to the plan's history. */
export async function PlanLastChange({ page }: { page: PlanPage }) {
  const change = await lastPlanChange(await requireUser(), page);
  return (
    <p>
      {change ? (
        <>
          Last changed <time dateTime={change.changedAt.toISOString()}>{formatDateAndTime(change.changedAt)} UTC</time> by{" "}
          {change.changedByName} ({change.label}, version {change.version}).{" "}
        </>
      ) : (
        "Unchanged since the plan was loaded. "
      )}
      <Link href="/plan/history" className="text-accent underline">
        History
      </Link>
    </p>
  );
}
