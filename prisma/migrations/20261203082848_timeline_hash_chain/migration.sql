-- AlterTable
ALTER TABLE "TimelineEvent" ADD COLUMN     "hash" TEXT NOT NULL DEFAULT '';

-- The timeline's hash chain: each event's hash is the SHA-256 (hex) of the canonical JSON of
-- {actorId, data, incidentId, occurredAt, previousHash, seq, type}: keys sorted, no spaces,
-- occurredAt as ISO 8601 UTC with milliseconds, previousHash the hash of the incident's event
-- seq - 1 (64 zeros for seq 1). lib/timeline/chain.ts computes the same in TypeScript to verify.
-- (Function bodies kept on one line: the migration runner splits statements at line ends after semicolons.)
CREATE FUNCTION "timeline_canonical_json"(value jsonb) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$ BEGIN CASE jsonb_typeof(value) WHEN 'object' THEN RETURN '{' || coalesce((SELECT string_agg(to_jsonb(entry.key)::text || ':' || "timeline_canonical_json"(entry.item), ',' ORDER BY entry.key COLLATE "C") FROM jsonb_each(value) AS entry(key, item)), '') || '}'; WHEN 'array' THEN RETURN '[' || coalesce((SELECT string_agg("timeline_canonical_json"(element.item), ',' ORDER BY element.position) FROM jsonb_array_elements(value) WITH ORDINALITY AS element(item, position)), '') || ']'; ELSE RETURN value::text; END CASE; END $$;

CREATE FUNCTION "timeline_event_hash"(previous_hash text, incident_id text, seq integer, type text, actor_id text, occurred_at timestamp, data jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT encode(sha256(convert_to("timeline_canonical_json"(jsonb_build_object('actorId', actor_id, 'data', data, 'incidentId', incident_id, 'occurredAt', to_char(occurred_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'previousHash', previous_hash, 'seq', seq, 'type', type)), 'UTF8')), 'hex') $$;

-- Existing events get their hashes in order; the append-only trigger is set aside for this alone.
ALTER TABLE "TimelineEvent" DISABLE TRIGGER "TimelineEvent_append_only";

WITH RECURSIVE chain AS (
  SELECT e.id, e."incidentId", e.seq, "timeline_event_hash"(repeat('0', 64), e."incidentId", e.seq, e.type, e."actorId", e."occurredAt", e.data) AS hash
  FROM "TimelineEvent" e WHERE e.seq = 1
  UNION ALL
  SELECT e.id, e."incidentId", e.seq, "timeline_event_hash"(chain.hash, e."incidentId", e.seq, e.type, e."actorId", e."occurredAt", e.data)
  FROM chain JOIN "TimelineEvent" e ON e."incidentId" = chain."incidentId" AND e.seq = chain.seq + 1
)
UPDATE "TimelineEvent" AS event SET hash = chain.hash FROM chain WHERE event.id = chain.id;

ALTER TABLE "TimelineEvent" ENABLE TRIGGER "TimelineEvent_append_only";

-- Every new event is chained as it is inserted, by whichever writer: one indexed lookup of the
-- event before it (its row is committed, or written earlier in the same transaction, because
-- appendEvent holds the incident's row lock while numbering). An event with no event before it to
-- chain to is refused.
CREATE FUNCTION "timeline_event_chain"() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE previous_hash text; BEGIN IF NEW.seq = 1 THEN previous_hash := repeat('0', 64); ELSE SELECT hash INTO previous_hash FROM "TimelineEvent" WHERE "incidentId" = NEW."incidentId" AND seq = NEW.seq - 1; IF previous_hash IS NULL THEN RAISE EXCEPTION 'TimelineEvent % of incident % has no event before it to chain to', NEW.seq, NEW."incidentId"; END IF; END IF; NEW.hash := "timeline_event_hash"(previous_hash, NEW."incidentId", NEW.seq, NEW.type, NEW."actorId", NEW."occurredAt", NEW.data); RETURN NEW; END $$;

CREATE TRIGGER "TimelineEvent_hash_chain" BEFORE INSERT ON "TimelineEvent" FOR EACH ROW EXECUTE FUNCTION "timeline_event_chain"();
