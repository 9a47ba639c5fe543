import { z } from "zod";

export const createTokenSchema = z.object({
  name: z.string({ error: "is required" }).trim().min(1, "is required").max(80, "must be at most 80 characters"),
});
