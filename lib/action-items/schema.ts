import { z } from "zod";
import { ActionItemPriority, ActionItemStatus } from "@/lib/generated/prisma/enums";
import { day, id, text } from "@/lib/input";

const title = text({ min: 3, max: 200 });

/** A Muster user who owns the item; null for someone named by `ownerName` alone. */
const ownerId = id("a user's id").nullable();

/** Who owns it, for an owner who is not a Muster user (the plan's "DevOps Lead"). */
const ownerName = text({ max: 200 });

/** A due date is a day: the item is due by the end of that day (UTC). */
const dueDate = day().nullable();

const status = z.enum(ActionItemStatus, { error: "must be open, in_progress, done or cancelled" });
const priority = z.enum(ActionItemPriority, { error: "must be high, medium or low" });

export const createActionItemSchema = z
  .strictObject({
    title,
    ownerId: ownerId.optional(),
    ownerName: ownerName.optional(),
    dueDate: dueDate.optional(),
    priority: priority.default("medium"),
    /** The review's finding this item acts on. */
    findingId: id("a finding's id").optional(),
  })
  .refine((input) => input.ownerId || input.ownerName, { message: "name an owner: pick a user or type a name", path: ["ownerName"] });
export type CreateActionItemInput = z.input<typeof createActionItemSchema>;

export const updateActionItemSchema = z
  .strictObject({ title, ownerId, ownerName: text({ min: 1, max: 200 }), dueDate, status, priority })
  .partial()
  .refine((input) => Object.keys(input).length > 0, "name at least one field to change")
  .refine((input) => input.ownerId !== null || input.ownerName, { message: "name the owner who is not a Muster user", path: ["ownerName"] })
  .meta({ minProperties: 1 });

/** The list's filters, from a shared link: a value that is not one of the choices is ignored. */
const ACTION_ITEM_STATUS_FILTERS = [...Object.values(ActionItemStatus), "unfinished", "overdue"] as const;
export type ActionItemStatusFilter = (typeof ACTION_ITEM_STATUS_FILTERS)[number];

export const actionItemFiltersSchema = z.object({
  /** A user's id, or the name of an owner who is not a user. */
  owner: text({ min: 1, max: 200 }).optional().catch(undefined),
  status: z.enum(ACTION_ITEM_STATUS_FILTERS).optional().catch(undefined),
  priority: priority.optional().catch(undefined),
});
export type ActionItemFilters = z.infer<typeof actionItemFiltersSchema>;
