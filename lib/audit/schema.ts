import { z } from "zod";
import { id, wholeNumberParameter } from "@/lib/input";

export const AUDIT_PAGE_DEFAULT = 50;

/** GET /api/audit's query: how many events, and after which one (the previous page's `next`). */
export const auditQuerySchema = z.strictObject({
  limit: wholeNumberParameter({ min: 1, max: 200 }).optional(),
  before: id("an audit event's id, as the previous page's next").optional(),
});
