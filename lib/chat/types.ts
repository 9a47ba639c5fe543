// A notice as every chat platform's formatter reads it: written once when it is queued, shaped per
// platform when it is sent.
import type { Severity } from "@/lib/generated/prisma/enums";

export type ChatService = {
  name: string;
  /** "Down", "Degraded" … as the war room says it. */
  impact: string;
  /** Minutes until its RTO deadline; negative once breached, null once restored. */
  minutesToBreach: number | null;
};

export type ChatIncident = {
  number: number;
  title: string;
  severity: Severity;
  /** The state in words: "Investigating", "Resolved". */
  state: string;
  isDrill: boolean;
  services: ChatService[];
};

export type ChatMessage = {
  /** The outbox event it tells of. */
  event: string;
  /** One line that says what happened: "Escalated to Level 2: the technical lead". */
  headline: string;
  /** More words, when there are some: a status update's text. */
  text: string | null;
  /** The incident it is about; null for a plan-wide notice (backups beyond their RPO). */
  incident: ChatIncident | null;
  /** Where to read on: the war room, or the backups page. */
  link: { url: string; label: string };
  /** The incident's conference bridge, on every message about it. */
  bridgeUrl: string | null;
  at: string;
};
