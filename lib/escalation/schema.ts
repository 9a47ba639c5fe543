import { z } from "zod";
import { text } from "@/lib/input";

export const escalationReasonSchema = z.strictObject({
  /** Why, in a few words: it goes on the timeline. */
  reason: text({ min: 3, max: 500 }),
});
