-- CreateTable
CREATE TABLE "data_version" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "version" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "data_version_pkey" PRIMARY KEY ("id")
);

-- Exactly one row, starting at 0.
ALTER TABLE "data_version" ADD CONSTRAINT "data_version_one_row" CHECK ("id");
INSERT INTO "data_version" ("id", "version") VALUES (true, 0);

-- Every transaction that writes to a table the figures, warnings or forecast read bumps the
-- version inside itself, so readers see the new version exactly when they see the new data
-- (a rolled-back write leaves both unchanged).
-- BEFORE … FOR EACH STATEMENT: the bump is the first lock a writing statement takes, so such
-- writers queue here before they lock any row of these tables. Writers of these tables are
-- serialised until commit: fine for a handful of administrators and one import at a time.
-- Once per transaction (a transaction-local setting remembers it): the FTE-cap trigger runs an
-- UPDATE of staff_member for every assignment row, and an import writes 20,000 of them; one
-- row updated 20,000 times in one transaction would grow a version chain walked on every update.
-- pg_restore creates triggers after loading the data, so a restore keeps the dumped version.
CREATE FUNCTION "data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_setting('stellwerk.data_version_bumped', true) IS DISTINCT FROM 'on' THEN
    UPDATE "data_version" SET "version" = "version" + 1;
    PERFORM set_config('stellwerk.data_version_bumped', 'on', true);
  END IF;
  RETURN NULL;
END
$$;

-- The tables the figures (lib/coverage), the warnings (lib/warnings) and the forecast read.
DO $$
DECLARE
  name text;
BEGIN
  FOREACH name IN ARRAY ARRAY['assignment', 'staff_member', 'school', 'provider', 'district',
                              'funding_source', 'municipality'] LOOP
    EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                   'FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"()',
                   name || '_bumps_data_version', name);
  END LOOP;
END
$$;
