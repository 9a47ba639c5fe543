// What GET and POST /api/plan/approvals answer, and the words the document says about its approval.
import { z } from "zod";
import { formatDate } from "@/lib/format";
import { instant } from "@/lib/present";

export const planApprovalSchema = z.object({
  id: z.string(),
  version: z.string(),
  approvedBy: z.object({ id: z.string(), name: z.string() }),
  approvedAt: instant(),
  note: z.string().nullable(),
});
export const planApprovalListSchema = z.array(planApprovalSchema);
type PlanApprovalView = z.infer<typeof planApprovalSchema>;

export function presentPlanApproval({ id, version, approvedBy, approvedAt, note }: PlanApprovalView): PlanApprovalView {
  return { id, version, approvedBy: { id: approvedBy.id, name: approvedBy.name }, approvedAt, note };
}

export function presentPlanApprovals(approvals: readonly PlanApprovalView[]): PlanApprovalView[] {
  return approvals.map(presentPlanApproval);
}

/** "Approved: v1.4 by Ada Admin on 4 Dec 2026", or why the version in force is not approved. */
export function approvalWords(version: string, latest: { version: string; approvedAt: Date; approvedBy: { name: string } } | undefined): { approved: boolean; words: string } {
  if (!latest) return { approved: false, words: `This version (v${version}) is not approved yet: no version of the plan has been approved.` };
  const given = `v${latest.version} by ${latest.approvedBy.name} on ${formatDate(latest.approvedAt)}`;
  if (latest.version === version) return { approved: true, words: `Approved: ${given}` };
  return { approved: false, words: `This version (v${version}) is not approved yet. Last approved: ${given}.` };
}
