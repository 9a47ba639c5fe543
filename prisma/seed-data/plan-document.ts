// The plan as a document ("Document Information", "Document Control"), its regular reviews
// ("Continuous Improvement › Regular Reviews") and its post-incident review process ("Post-Incident
// Review Process": the meeting agenda and the plan's own action items).
import type { Prisma } from "@/lib/generated/prisma/client";

type PlanDocumentSeed = Omit<Prisma.PlanDocumentCreateManyInput, "id" | "lastUpdatedAt" | "nextReviewAt">;
type ReviewCadenceSeed = Omit<Prisma.PlanReviewCadenceCreateManyInput, "position" | "lastHeldAt">;
type ReviewAgendaItemSeed = Omit<Prisma.ReviewAgendaItemCreateManyInput, "position">;
type PlanActionItemSeed = Pick<Prisma.ActionItemCreateManyInput, "title" | "ownerName" | "priority"> & {
  // ActionItem has no natural key: this one stands in for it (seed.ts makes it the row's id).
  key: string;
};

// "Last Updated: $(date +%Y-%m-%d)" and "Next Review: [Date]" are placeholders: the seed dates the
// plan on the day it is loaded and schedules the next review one review interval later.
// "Approval: [Name], [Title], [Date]" is a placeholder too, so approvedBy stays null.
export const PLAN_DOCUMENT: PlanDocumentSeed = {
  title: "CRYB Platform Disaster Recovery Plan",
  version: "1.0",
  owner: "CRYB Platform Engineering Team",
  reviewFrequency: "Quarterly",
  reviewIntervalMonths: 3,
  approvedBy: null,
  distribution: ["All engineering team members", "management team", "key stakeholders"],
};

export const REVIEW_CADENCES: readonly ReviewCadenceSeed[] = [
  {
    key: "monthly",
    name: "Monthly Reviews",
    intervalMonths: 1,
    items: [
      "Review incident trends",
      "Assess backup health",
      "Update contact information",
      "Review and update procedures",
    ],
  },
  {
    key: "quarterly",
    name: "Quarterly Reviews",
    intervalMonths: 3,
    items: [
      "Comprehensive plan review",
      "Update based on infrastructure changes",
      "Review and update RTO/RPO targets",
      "Conduct major recovery tests",
    ],
  },
  {
    key: "annual",
    name: "Annual Reviews",
    intervalMonths: 12,
    items: [
      "Complete plan overhaul",
      "Industry best practice assessment",
      "Regulatory compliance review",
      "Team training and certification",
    ],
  },
];

// "Review Meeting (Within 48 hours)", its agenda.
export const REVIEW_AGENDA: readonly ReviewAgendaItemSeed[] = [
  { key: "timeline-review", title: "Timeline review" },
  { key: "what-went-well", title: "What went well" },
  { key: "what-could-be-improved", title: "What could be improved" },
  { key: "action-items", title: "Action items and owners" },
  { key: "documentation-updates", title: "Documentation updates needed" },
];

// "Action Item Tracking": due dates are "[Date]" placeholders (left empty), every item is Open.
export const PLAN_ACTION_ITEMS: readonly PlanActionItemSeed[] = [
  {
    key: "update-monitoring-thresholds",
    title: "Update monitoring thresholds",
    ownerName: "DevOps Lead",
    priority: "high",
  },
  {
    key: "improve-backup-verification",
    title: "Improve backup verification",
    ownerName: "Database Admin",
    priority: "medium",
  },
  { key: "update-runbooks", title: "Update runbooks", ownerName: "Technical Lead", priority: "medium" },
  { key: "enhance-team-training", title: "Enhance team training", ownerName: "Incident Commander", priority: "low" },
];
