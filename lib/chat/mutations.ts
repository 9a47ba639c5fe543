import "server-only";
// Notices about an incident, queued in the transaction that made them: to each webhook as data,
// to each chat destination as its message, and the e-mails beside them.
import { readIncidentNotice, type Happening } from "@/lib/chat/data";
import { enqueueNotices, type EmailNotice } from "@/lib/outbound/mutations";
import type { Tx } from "@/lib/timeline/mutations";

type Bridge = { bridgeUrl: string | null };

/**
 * Queues what happened to the incident for whoever receives `happening.event`; a drill's stays
 * inside Muster unless it was declared to reach outside. `emails` gets the incident's bridge, to
 * put on each.
 */
export async function enqueueIncidentNotice(
  tx: Tx,
  incidentId: string,
  happening: Happening,
  data: Record<string, unknown>,
  now: Date,
  emails: (incident: Bridge) => EmailNotice[] = () => [],
) {
  const notice = await readIncidentNotice(tx, incidentId, happening, now);
  if (!notice.leavesMuster) return;
  await enqueueNotices(tx, happening.event, { ...data, incident: notice.incident }, () => emails(notice.incident), now, notice.message);
}

/** The line an e-mail about an incident ends with when it has a conference bridge. */
export function bridgeLines({ bridgeUrl }: Bridge): string[] {
  return bridgeUrl ? ["", `Conference bridge: ${bridgeUrl}`] : [];
}
