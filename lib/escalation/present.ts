// What GET /api/escalation-levels and PATCH /api/escalation-levels/{id} answer: the escalation
// matrix's levels in the order they fire, each with the contacts it brings in.
import { z } from "zod";
import type { EscalationLevelWithContacts } from "@/lib/escalation/data";

export const escalationLevelSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  /** Minutes after detection at which the level fires. */
  afterMinutes: z.int(),
  /** When the next level takes over; null for the last. */
  untilMinutes: z.int().nullable(),
  audience: z.string(),
  /** The contacts it brings in, by id (GET /api/contacts), in the order to call them. */
  contactIds: z.array(z.string()),
});
export const escalationLevelListSchema = z.array(escalationLevelSchema);
type EscalationLevelView = z.infer<typeof escalationLevelSchema>;

export function presentEscalationLevel(level: EscalationLevelWithContacts): EscalationLevelView {
  const { id, key, name, afterMinutes, untilMinutes, audience, contacts } = level;
  return { id, key, name, afterMinutes, untilMinutes, audience, contactIds: contacts.map((contact) => contact.id) };
}

export function presentEscalationLevels(levels: readonly EscalationLevelWithContacts[]): EscalationLevelView[] {
  return levels.map(presentEscalationLevel);
}
