import { z } from "zod";
import { instant } from "@/lib/present";

export const calendarFeedSchema = z.object({
  /** The private address to subscribe to; shown only once. */
  url: z.url(),
  createdAt: instant(),
});

export function presentCalendarFeed({ url, createdAt }: { url: string; createdAt: Date }): z.infer<typeof calendarFeedSchema> {
  return { url, createdAt };
}
