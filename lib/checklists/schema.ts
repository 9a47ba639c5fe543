import { z } from "zod";
import { wholeNumber } from "@/lib/input";

export const setChecklistItemSchema = z.strictObject({
  done: z.boolean({ error: "must be true or false" }),
  /** The version the caller saw: a stale one is refused rather than overwriting someone else. */
  version: wholeNumber({ min: 1 }),
});
