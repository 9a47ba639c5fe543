import type { Metadata } from "next";
import { ObligationsPage } from "@/app/(app)/plan/obligations/obligations-page";
import { requireUser } from "@/lib/auth/session";
import { jsonify } from "@/lib/json";
import { listReportingObligations } from "@/lib/obligations/data";
import { presentReportingObligation } from "@/lib/obligations/present";
import { canEditPlan } from "@/lib/plan/ability";

export const metadata: Metadata = { title: "Reporting obligations" };

export default async function ObligationsRoute() {
  const user = await requireUser();
  const obligations = (await listReportingObligations(user)).map(presentReportingObligation);
  return <ObligationsPage obligations={jsonify(obligations)} canEdit={canEditPlan(user.role)} />;
}
