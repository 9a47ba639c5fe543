import { z } from "zod";

export const setChecklistItemSchema = z.object({
  done: z.boolean({ error: "must be true or false" }),
  /** The version the caller saw: a stale one is refused rather than overwriting someone else. */
  version: z.number({ error: "must be the item's version number" }).int("must be a whole number").min(1, "must be 1 or more"),
});
