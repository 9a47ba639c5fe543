import { z } from "zod";

export const calendarFeedQuery = z.object({
  /** The secret of the address POST /api/calendar/feed made. */
  token: z.string(),
});
