// A timeline event as clients see it: over the socket, in the REST API and in the war room.
import type { EventPayload, IncidentEventType } from "@/lib/timeline/events";

export type { IncidentEventType };

export type EventActor = { id: string; name: string } | null;

/** One member per event type, so narrowing on `type` gives the data its schema says. */
export type IncidentEvent<Type extends IncidentEventType = IncidentEventType> = Type extends IncidentEventType
  ? {
      incidentId: string;
      seq: number;
      type: Type;
      /** When it happened (may be earlier than it was recorded, e.g. a detection time). */
      at: string;
      recordedAt: string;
      actor: EventActor;
      data: EventPayload<Type>;
    }
  : never;
