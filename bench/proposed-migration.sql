-- Proposed for the lead (issue 6), NOT a migration: a helper may not create migrations.
-- Both parts were tried by hand on the benchmark database (see bench/RESULTS.md).
--
-- 1. Cache invalidation for the key-date figures (lib/dal/coverage.ts reads this table when it
--    exists; without it the cache is keyed by the server-wide snapshot). schema.prisma needs:
--
--    /// Bumped by statement triggers on every write to a table the figures read; the figures
--    /// cache of lib/dal/coverage.ts is keyed by it. One row.
--    model DataVersion {
--      id      Boolean @id @default(true)
--      version BigInt  @default(0)
--
--      @@map("data_version")
--    }
--
--    then `npm run db:migration:create -- data_version` and below the generated CREATE TABLE:

ALTER TABLE "data_version" ADD CONSTRAINT "data_version_one_row" CHECK ("id");
INSERT INTO "data_version" ("id", "version") VALUES (true, 0);

-- BEFORE ... FOR EACH STATEMENT: the bump is the first lock a writing transaction takes, so
-- writers queue here before they lock any row (no new deadlocks; writers of these tables are
-- serialised, which is fine for a handful of administrators and imports). It is part of the
-- writing transaction: readers see the new version exactly when they see the new data.
CREATE FUNCTION "data_version_bump"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "data_version" SET "version" = "version" + 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "assignment_bumps_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "assignment"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "staff_member_bumps_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "staff_member"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "school_bumps_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "school"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "provider_bumps_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "provider"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
CREATE TRIGGER "district_bumps_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON "district"
  FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();

-- 2. (Optional, measured gain small on this machine) an index for "assignments active at D"
--    whatever D is: the existing (valid_from, valid_until) index reads every assignment that
--    started before D (98,580 of 100,000 rows at 2026-11-16) and filters 90,362 away. With it,
--    lib/coverage/sql.ts's `active` CTE should say
--    `daterange(a.valid_from, a.valid_until, '[]') @> ${keyDate}::date` (do not change the SQL
--    without the index: the EXCLUDE constraint's GiST index would be used and is much slower).
-- CREATE INDEX "assignment_active_on_idx" ON "assignment"
--   USING gist (daterange("valid_from", "valid_until", '[]')) INCLUDE ("staff_member_id", "school_id", "fte");
