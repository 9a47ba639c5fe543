import { z } from "zod";
import { text } from "@/lib/input";

export const createTokenSchema = z.strictObject({
  name: text({ min: 1, max: 80 }),
});
