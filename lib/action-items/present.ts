// What the action item routes answer: an item's own fields; in the list, also its incident and
// whether the caller may change it.
import { z } from "zod";
import { instant } from "@/lib/present";

export const actionItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string(),
  dueDate: instant().nullable(),
  status: z.enum(["open", "in_progress", "done", "cancelled"]),
  priority: z.enum(["high", "medium", "low"]),
  completedAt: instant().nullable(),
});
export const actionItemListSchema = z.array(
  actionItemSchema.extend({
    /** The incident whose review it came from; null for the plan's own items. */
    incident: z.object({ id: z.string(), number: z.int(), title: z.string(), isDrill: z.boolean() }).nullable(),
    canEdit: z.boolean(),
  }),
);

export type ActionItemFieldsView = z.infer<typeof actionItemSchema>;
type ActionItemListView = z.infer<typeof actionItemListSchema>;

export function presentActionItem({ id, title, ownerId, ownerName, dueDate, status, priority, completedAt }: ActionItemFieldsView): ActionItemFieldsView {
  return { id, title, ownerId, ownerName, dueDate, status, priority, completedAt };
}

export function presentActionItems(items: ActionItemListView): ActionItemListView {
  return items.map((item) => ({
    ...presentActionItem(item),
    incident: item.incident && { id: item.incident.id, number: item.incident.number, title: item.incident.title, isDrill: item.incident.isDrill },
    canEdit: item.canEdit,
  }));
}
