import { z } from "zod";

export const addNoteSchema = z.object({
  body: z.string({ error: "is required" }).trim().min(1, "cannot be empty").max(4000, "must be at most 4,000 characters"),
});

export const pinEventSchema = z.object({
  seq: z.number({ error: "must be an event's sequence number" }).int().min(1),
  pinned: z.boolean({ error: "must be true or false" }),
});

export const afterSeqSchema = z.object({
  afterSeq: z.coerce.number({ error: "must be a whole number" }).int("must be a whole number").min(0, "cannot be negative").default(0),
});
