import type { Metadata } from "next";
import { PlanPage } from "@/app/(app)/plan/plan-page";
import { requireUser } from "@/lib/auth/session";
import { jsonify } from "@/lib/json";
import { canEditPlan } from "@/lib/plan/ability";
import { listPlanApprovals } from "@/lib/plan/approvals/data";
import { getPlanDocument, listPlanActionItems, listPlanLists, listReviewAgenda, listReviewCadences } from "@/lib/plan/data";
import { listUpkeep } from "@/lib/plan/upkeep";

export const metadata: Metadata = { title: "Plan document" };

export default async function PlanRoute() {
  const user = await requireUser();
  const now = new Date();
  const [document, cadences, lists, agenda, actionItems, upkeep, approvals] = await Promise.all([
    getPlanDocument(user),
    listReviewCadences(user),
    listPlanLists(user),
    listReviewAgenda(user),
    listPlanActionItems(user),
    listUpkeep(user, now),
    listPlanApprovals(user),
  ]);
  return (
    <PlanPage
      document={document}
      approvals={approvals}
      cadences={cadences}
      upkeep={upkeep}
      lists={lists}
      agenda={agenda}
      actionItems={jsonify(actionItems)}
      canEditActionItems={canEditPlan(user.role)}
      canRecordReview={canEditPlan(user.role)}
      canExchangePlanCode={canEditPlan(user.role)}
      canEditPlan={canEditPlan(user.role)}
      now={now}
    />
  );
}
