import type { PlanModel } from "@/lib/plan/code/model";
import type { PlanApprovalRecord } from "@/lib/plan/approvals/data";

/** What every printed or bundled page says about itself: the plan version and when it was made. */
export type PlanStamp = { version: string; madeAt: Date };

/** Everything a break-glass bundle holds, read in one go. */
export type BreakGlassInputs = {
  plan: PlanModel;
  approvals: PlanApprovalRecord[];
  /** The public status page's address, for the card that says where customers look. */
  statusAddress: string;
};

export type BundleFile = { name: string; bytes: Uint8Array };
