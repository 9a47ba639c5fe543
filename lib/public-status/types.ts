// What the public status page shows: only what was posted to the public audience, the public
// services' state, and when it was read. Nothing internal: no incident titles, notes, names or
// contacts. The page, its JSON and its feed are built from this shape alone.

/** Incidents the public was told about stay listed this many days after resolution. */
export const PUBLIC_HISTORY_DAYS = 30;

export type PublicServiceState = "operational" | "degraded" | "outage";

export type PublicUpdate = { id: string; subject: string | null; body: string; postedAt: string };

export type PublicIncident = {
  /** The id of its first public update: the incident's own id stays internal. */
  id: string;
  title: string;
  status: "ongoing" | "resolved";
  resolvedAt: string | null;
  /** Public services it affects. */
  services: string[];
  /** Newest first. */
  updates: PublicUpdate[];
};

export type PublicStatus = {
  /** When this state was read from the database (the served snapshot keeps the first read of it). */
  asOf: string;
  overall: PublicServiceState;
  services: { name: string; state: PublicServiceState }[];
  incidents: PublicIncident[];
};

/** The state as served: `stale` when the database did not answer and this is the last known one. */
export type PublicStatusView = PublicStatus & { stale: boolean; unreachableSince: string | null };
