import type { Metadata } from "next";
import { PlanPage } from "@/app/(app)/plan/plan-page";
import { requireUser } from "@/lib/auth/session";
import { jsonify } from "@/lib/json";
import { canEditPlan } from "@/lib/plan/ability";
import { getPlanDocument, listPlanActionItems, listPlanLists, listReviewAgenda, listReviewCadences } from "@/lib/plan/data";

export const metadata: Metadata = { title: "Plan document" };

export default async function PlanRoute() {
  const user = await requireUser();
  const [document, cadences, lists, agenda, actionItems] = await Promise.all([
    getPlanDocument(user),
    listReviewCadences(user),
    listPlanLists(user),
    listReviewAgenda(user),
    listPlanActionItems(user),
  ]);
  return (
    <PlanPage
      document={document}
      cadences={cadences}
      lists={lists}
      agenda={agenda}
      actionItems={jsonify(actionItems)}
      canEditActionItems={canEditPlan(user.role)}
      canRecordReview={canEditPlan(user.role)}
      canExchangePlanCode={canEditPlan(user.role)}
      now={new Date()}
    />
  );
}
