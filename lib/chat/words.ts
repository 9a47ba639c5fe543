// The words every platform's message shares: the same facts, so a chat channel reads like the war room.
import type { ChatMessage, ChatService } from "@/lib/chat/types";
import { formatMinutes } from "@/lib/format";
import { SEVERITY_LABELS } from "@/lib/incidents/state-machine";

/** "Incident #12: Payments down" (a drill says so); a plan-wide notice is its headline alone. */
export function titleOf(message: ChatMessage): string {
  if (!message.incident) return message.headline;
  const { number, title, isDrill } = message.incident;
  return `${isDrill ? "[Drill] " : ""}Incident #${number}: ${title}`;
}

/** The headline beneath the title; a plan-wide notice has it as its title already. */
export function headlineBelowTitle(message: ChatMessage): string | null {
  return message.incident ? message.headline : null;
}

export function timeToBreach(service: ChatService): string {
  const minutes = service.minutesToBreach;
  if (minutes === null) return "restored";
  if (minutes < 0) return `RTO breached ${formatMinutes(-minutes)} ago`;
  return `${formatMinutes(minutes)} to RTO breach`;
}

/** "Critical · Investigating". */
export function severityAndState(message: ChatMessage): string | null {
  return message.incident ? `${SEVERITY_LABELS[message.incident.severity]} · ${message.incident.state}` : null;
}

/** One service a line: "Payments API (Down): 42 min to RTO breach". */
export function serviceLines(message: ChatMessage): string[] {
  return (message.incident?.services ?? []).map((service) => `${service.name} (${service.impact}): ${timeToBreach(service)}`);
}

/** Cuts text to `max` characters, saying so with an ellipsis. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** Each platform's accent: red for critical, amber for major, blue otherwise. */
export function colourOf(message: ChatMessage): number {
  const severity = message.incident?.severity;
  return severity === "critical" ? 0xd92d20 : severity === "major" ? 0xf79009 : 0x2e90fa;
}
