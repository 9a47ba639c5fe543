import { z } from "zod";
import { text, wholeNumber, wholeNumberParameter } from "@/lib/input";

export const addNoteSchema = z.strictObject({
  body: text({ min: 1, max: 4000 }),
  /** Chosen by the device that wrote the note: sent again after a lost answer, it lands once. */
  clientKey: z
    .uuid({ error: "must be a UUID the device chose for this note" })
    .optional()
    .meta({ description: "A UUID the device chose for this note; the same key again answers with the note already added" }),
});

export const pinEventSchema = z.strictObject({
  /** The event's sequence number on the incident's timeline. */
  seq: wholeNumber({ min: 1 }),
  pinned: z.boolean({ error: "must be true or false" }),
});

/** From a query string or a socket message; other query parameters (a cache breaker) are let be. */
export const afterSeqSchema = z.object({
  afterSeq: wholeNumberParameter().default(0),
});

/** A page of the timeline: everything after `afterSeq`, or with `beforeSeq` the page of older events before it. */
export const timelinePageSchema = afterSeqSchema.extend({
  beforeSeq: wholeNumberParameter({ min: 1 })
    .optional()
    .meta({ description: "The page of (at most 200) events just before this sequence number, instead of those after afterSeq" }),
});
