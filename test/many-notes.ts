/**
 * Gives incident $1 $2 more notes in one statement, as a long incident would have: the event
 * counter moves on with them, and the hash chain trigger links each to the one before. Shared by
 * the unit tests (through Prisma) and the browser tests (straight to their server's database).
 */
export const MANY_NOTES_SQL = `
  WITH counter AS (UPDATE "Incident" SET "lastSeq" = "lastSeq" + $2 WHERE id = $1 RETURNING "lastSeq" - $2 AS start)
  INSERT INTO "TimelineEvent" (id, "incidentId", seq, type, data, "occurredAt")
  SELECT gen_random_uuid()::text, $1, start + n, 'note.added', jsonb_build_object('body', 'Note ' || n), now()
  FROM counter, generate_series(1, $2::int) AS n`;
