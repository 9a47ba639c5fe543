import type { Metadata } from "next";
import { HistoryPage } from "@/app/(app)/plan/history/history-page";
import { requireUser } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { canEditPlan } from "@/lib/plan/ability";
import { listPlanChanges } from "@/lib/plan/changes";
import { diffPlanVersions, listPlanVersionNames } from "@/lib/plan/versions";

export const metadata: Metadata = { title: "Plan history" };

type HistoryRouteProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const single = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : null);

export default async function HistoryRoute({ searchParams }: HistoryRouteProps) {
  const user = await requireUser();
  const query = await searchParams;
  const [changes, versions] = await Promise.all([listPlanChanges(user), listPlanVersionNames(user)]);
  // Unless two versions are asked for, the latest change is shown: the version before it against it.
  const [a, b] = query.a || query.b ? [single(query.a), single(query.b)] : [versions[1] ?? null, versions[0]];
  const comparison =
    a && b
      ? await diffPlanVersions(user, a, b).then(
          (diff) => ({ diff }),
          (error: unknown) => {
            // A version typed into the address that the plan never had is said on the page.
            if (error instanceof DomainError && (error.kind === "not_found" || error.kind === "invalid")) return { error: error.message };
            throw error;
          },
        )
      : null;
  return <HistoryPage changes={changes} versions={versions} selected={{ a, b }} comparison={comparison} canMarkMajor={canEditPlan(user.role)} />;
}
