// The plan's "Escalation Matrix": when each level fires (minutes after detection) and whom it
// brings in, by contact key (seed-data/contacts.ts).
export type EscalationLevelSeed = {
  key: string;
  name: string;
  afterMinutes: number;
  // When the next level takes over; null for the last.
  untilMinutes: number | null;
  audience: string;
  targetContactKeys: string[];
};

export const ESCALATION_LEVELS: readonly EscalationLevelSeed[] = [
  // "Level 1 (0-30 minutes): On-call engineer"
  {
    key: "level-1",
    name: "Level 1",
    afterMinutes: 0,
    untilMinutes: 30,
    audience: "On-call engineer",
    targetContactKeys: ["on-call-engineer"],
  },
  // "Level 2 (30-60 minutes): Technical lead + Incident commander"
  {
    key: "level-2",
    name: "Level 2",
    afterMinutes: 30,
    untilMinutes: 60,
    audience: "Technical lead + Incident commander",
    targetContactKeys: ["technical-lead", "incident-commander"],
  },
  // "Level 3 (60+ minutes): CTO + CEO + All senior engineers", until External takes over
  {
    key: "level-3",
    name: "Level 3",
    afterMinutes: 60,
    untilMinutes: 2 * 60,
    audience: "CTO + CEO + All senior engineers",
    targetContactKeys: ["cto", "ceo", "senior-engineers"],
  },
  // "External (2+ hours): Vendor support + Legal team"
  {
    key: "external",
    name: "External",
    afterMinutes: 2 * 60,
    untilMinutes: null,
    audience: "Vendor support + Legal team",
    targetContactKeys: ["aws-support", "cloudflare", "database-vendor", "monitoring-vendor", "legal-team"],
  },
];
