import type { RunbookKind } from "@/lib/generated/prisma/enums";

/** The kinds of runbook, in the order an incident meets them, with how Muster names them. */
export const RUNBOOK_KINDS: readonly { kind: RunbookKind; label: string; description: string }[] = [
  { kind: "incident_process", label: "Incident process", description: "How every incident is run, from detection to review." },
  { kind: "recovery", label: "Recovery", description: "Bringing services back after a specific failure." },
  { kind: "post_recovery", label: "Post-recovery", description: "What follows once services are back." },
  { kind: "test_procedure", label: "Test procedures", description: "The steps a recovery drill works through." },
];

export function runbookKindLabel(kind: RunbookKind): string {
  return RUNBOOK_KINDS.find((entry) => entry.kind === kind)?.label ?? kind;
}
