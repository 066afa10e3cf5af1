-- Pupil counts belong to a school year (1 August to 31 July), named by the year it begins in
-- (2017 = 2017/18). Until now a school had one undated count, so changing it rewrote the
-- figures of every past key date (issue 17, item 5).

-- CreateTable
CREATE TABLE "school_pupil_count" (
    "school_id" UUID NOT NULL,
    "school_year" SMALLINT NOT NULL,
    "pupil_count" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "school_pupil_count_pkey" PRIMARY KEY ("school_id","school_year")
);

-- AddForeignKey
ALTER TABLE "school_pupil_count" ADD CONSTRAINT "school_pupil_count_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "school_pupil_count"
  ADD CONSTRAINT "school_pupil_count_not_negative" CHECK ("pupil_count" >= 0),
  ADD CONSTRAINT "school_pupil_count_year_range" CHECK ("school_year" BETWEEN 1900 AND 2999);

-- The school year a day belongs to: from 1 August on, the year's own; before, the previous one.
CREATE FUNCTION school_year_of(d date) RETURNS int
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN extract(month FROM d) >= 8 THEN extract(year FROM d)::int
                    ELSE extract(year FROM d)::int - 1 END $$;

-- The one definition of "a school's pupil count in school year y" (docs/domain.md): the count
-- entered for y, else the latest earlier one, else the earliest known (the counts that existed
-- before school years apply to earlier years until a dated value is entered). One row per
-- school with a count; school_year is the year the count was entered for. A plain SQL function,
-- so the planner inlines it.
CREATE FUNCTION pupil_counts_in(y int)
  RETURNS TABLE (school_id uuid, school_year int, pupil_count int)
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$
    SELECT DISTINCT ON (c.school_id) c.school_id, c.school_year::int, c.pupil_count
      FROM school_pupil_count c
     ORDER BY c.school_id, c.school_year > y, abs(c.school_year - y)
  $$;

-- The one way to enter a count: for school year y, and without changing the figures of any
-- earlier year. Those use the latest earlier count or, without one, the earliest known; so
-- when y's count is the earliest and changes, its old value is kept for y - 1 (and with it
-- for every year before). Entering a year before the earliest is entering a dated value for
-- those years, and so changes them.
CREATE FUNCTION enter_pupil_count(school uuid, y int, count int) RETURNS void
  LANGUAGE plpgsql
  AS $$
  DECLARE
    previous int;
  BEGIN
    SELECT c.pupil_count INTO previous FROM school_pupil_count c
     WHERE c.school_id = school AND c.school_year = y FOR UPDATE;
    IF previous IS DISTINCT FROM count AND previous IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM school_pupil_count c WHERE c.school_id = school AND c.school_year < y) THEN
      INSERT INTO school_pupil_count (school_id, school_year, pupil_count) VALUES (school, y - 1, previous);
    END IF;
    INSERT INTO school_pupil_count (school_id, school_year, pupil_count) VALUES (school, y, count)
      ON CONFLICT (school_id, school_year) DO UPDATE SET pupil_count = EXCLUDED.pupil_count, updated_at = now();
  END
  $$;

-- Each school's count becomes the current school year's.
INSERT INTO "school_pupil_count" ("school_id", "school_year", "pupil_count")
SELECT "id", school_year_of(current_date), "pupil_count" FROM "school";

-- AlterTable
ALTER TABLE "school" DROP COLUMN "pupil_count";

-- The figures read pupil counts: writes bump the data version (migration 20261125050654).
CREATE TRIGGER "school_pupil_count_bumps_data_version" BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "school_pupil_count" FOR EACH STATEMENT EXECUTE FUNCTION "data_version_bump"();
