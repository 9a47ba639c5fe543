// Reporting-obligation events in words: the classification that started the clocks, and each report made.
import type { EventDescription } from "@/app/(app)/incidents/[id]/components/describe-event";
import { formatTimeOfDay } from "@/components/clock-format";
import type { IncidentEvent } from "@/lib/timeline/types";

type ObligationEvent = IncidentEvent<"obligation.classified" | "obligation.report_recorded">;

export function describeObligationEvent(event: ObligationEvent, actor: string): EventDescription {
  if (event.type === "obligation.classified") {
    const first = event.data.deadlines.find((deadline) => deadline.dueAt);
    return {
      text: `${actor} classified the incident under ${event.data.obligation.name}`,
      detail: first?.dueAt ? `${first.name} due by ${formatTimeOfDay(first.dueAt)} UTC` : undefined,
      tone: "neutral",
    };
  }
  const { deadline, reportedAt, reference, late } = event.data;
  const detail = [`Made at ${formatTimeOfDay(reportedAt)} UTC`, late ? "after its deadline" : "on time", reference && `reference ${reference}`].filter(Boolean).join(" · ");
  return { text: `${actor} recorded the ${deadline.name.toLowerCase()}`, detail, tone: late ? "critical" : "ok" };
}
