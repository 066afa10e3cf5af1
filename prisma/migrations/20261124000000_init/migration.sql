-- CreateEnum
CREATE TYPE "ProviderKind" AS ENUM ('MUNICIPAL', 'STATE', 'NON_PROFIT', 'OTHER');

-- CreateEnum
CREATE TYPE "SchoolType" AS ENUM ('GRUNDSCHULE', 'HAUPTSCHULE', 'REALSCHULE', 'SEKUNDARSCHULE', 'GESAMTSCHULE', 'GYMNASIUM', 'FOERDERSCHULE', 'BERUFSKOLLEG');

-- CreateEnum
CREATE TYPE "FundingKind" AS ENUM ('LANDESPROGRAMM', 'LANDESSTELLE', 'BUT', 'KOMMUNAL', 'MPT', 'OTHER');

-- CreateTable
CREATE TABLE "municipality" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "department" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postal_code" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,

    CONSTRAINT "municipality_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "provider" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "kind" "ProviderKind" NOT NULL,
    "contact" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "district" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "district_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "school" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "school_number" CHAR(6) NOT NULL,
    "name" TEXT NOT NULL,
    "type" "SchoolType" NOT NULL,
    "district_id" UUID NOT NULL,
    "address" TEXT,
    "pupil_count" INTEGER NOT NULL,
    "social_index" SMALLINT,
    "opened_on" DATE,
    "closed_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "school_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_member" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "provider_id" UUID NOT NULL,
    "personnel_number" TEXT NOT NULL,
    "first_name" TEXT NOT NULL,
    "last_name" TEXT NOT NULL,
    "email" TEXT,
    "phone" TEXT,
    "qualification" TEXT,
    "employment_fte" DECIMAL(4,3) NOT NULL,
    "employed_from" DATE NOT NULL,
    "employed_until" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "staff_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "funding_source" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "FundingKind" NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "reference" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "funding_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "staff_member_id" UUID NOT NULL,
    "school_id" UUID NOT NULL,
    "fte" DECIMAL(4,3) NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_until" DATE,
    "funding_source_id" UUID,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "assignment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "municipality_name_key" ON "municipality"("name");

-- CreateIndex
CREATE UNIQUE INDEX "provider_name_key" ON "provider"("name");

-- CreateIndex
CREATE UNIQUE INDEX "provider_short_name_key" ON "provider"("short_name");

-- CreateIndex
CREATE UNIQUE INDEX "district_name_key" ON "district"("name");

-- CreateIndex
CREATE UNIQUE INDEX "school_school_number_key" ON "school"("school_number");

-- CreateIndex
CREATE INDEX "school_district_id_idx" ON "school"("district_id");

-- CreateIndex
CREATE INDEX "school_type_idx" ON "school"("type");

-- CreateIndex
CREATE INDEX "staff_member_last_name_first_name_idx" ON "staff_member"("last_name", "first_name");

-- CreateIndex
CREATE UNIQUE INDEX "staff_member_provider_id_personnel_number_key" ON "staff_member"("provider_id", "personnel_number");

-- CreateIndex
CREATE UNIQUE INDEX "funding_source_name_key" ON "funding_source"("name");

-- CreateIndex
CREATE INDEX "assignment_school_id_valid_from_idx" ON "assignment"("school_id", "valid_from");

-- CreateIndex
CREATE INDEX "assignment_valid_from_valid_until_idx" ON "assignment"("valid_from", "valid_until");

-- CreateIndex
CREATE INDEX "assignment_funding_source_id_idx" ON "assignment"("funding_source_id");

-- CreateIndex
CREATE UNIQUE INDEX "assignment_staff_member_id_school_id_valid_from_key" ON "assignment"("staff_member_id", "school_id", "valid_from");

-- AddForeignKey
ALTER TABLE "school" ADD CONSTRAINT "school_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_member" ADD CONSTRAINT "staff_member_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_staff_member_id_fkey" FOREIGN KEY ("staff_member_id") REFERENCES "staff_member"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_school_id_fkey" FOREIGN KEY ("school_id") REFERENCES "school"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment" ADD CONSTRAINT "assignment_funding_source_id_fkey" FOREIGN KEY ("funding_source_id") REFERENCES "funding_source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------
-- Hand-written: the hard rules of DESIGN.md that Prisma cannot express.
-- ---------------------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "school"
  ADD CONSTRAINT "school_number_six_digits" CHECK ("school_number" ~ '^[0-9]{6}$'),
  ADD CONSTRAINT "school_pupil_count_not_negative" CHECK ("pupil_count" >= 0),
  ADD CONSTRAINT "school_social_index_range" CHECK ("social_index" IS NULL OR "social_index" BETWEEN 1 AND 9),
  ADD CONSTRAINT "school_closed_after_opened" CHECK ("closed_on" IS NULL OR "opened_on" IS NULL OR "closed_on" > "opened_on");

ALTER TABLE "staff_member"
  ADD CONSTRAINT "staff_member_employment_fte_range" CHECK ("employment_fte" > 0 AND "employment_fte" <= 1),
  ADD CONSTRAINT "staff_member_employment_dates" CHECK ("employed_until" IS NULL OR "employed_until" >= "employed_from");

ALTER TABLE "funding_source"
  ADD CONSTRAINT "funding_source_dates" CHECK ("valid_until" IS NULL OR "valid_until" >= "valid_from");

ALTER TABLE "assignment"
  ADD CONSTRAINT "assignment_fte_range" CHECK ("fte" > 0 AND "fte" <= 1),
  ADD CONSTRAINT "assignment_dates" CHECK ("valid_until" IS NULL OR "valid_until" >= "valid_from"),
  -- Ranges are inclusive on both ends; a NULL end is open-ended.
  ADD CONSTRAINT "assignment_no_overlap" EXCLUDE USING gist (
    "staff_member_id" WITH =,
    "school_id" WITH =,
    daterange("valid_from", "valid_until", '[]') WITH &&
  );

-- The highest total FTE of one staff member's assignments on any day in [from, until].
-- The total is a step function that only rises where an assignment starts, so it suffices
-- to look at `from` and at every start inside the range.
CREATE FUNCTION "staff_member_peak_fte"(staff uuid, range_from date, range_until date)
RETURNS numeric LANGUAGE sql STABLE AS $$
  SELECT COALESCE(MAX(total), 0) FROM (
    SELECT SUM(a."fte") AS total
    FROM (
      SELECT range_from AS day
      UNION
      SELECT s."valid_from" FROM "assignment" s
       WHERE s."staff_member_id" = staff
         AND s."valid_from" > range_from
         AND (range_until IS NULL OR s."valid_from" <= range_until)
    ) starts
    JOIN "assignment" a
      ON a."staff_member_id" = staff
     AND a."valid_from" <= starts.day
     AND (a."valid_until" IS NULL OR a."valid_until" >= starts.day)
    GROUP BY starts.day
  ) totals
$$;

-- An assignment write may never lift the staff member's daily total above their contract.
-- Concurrency: the no-op UPDATE takes the staff member's row lock, so concurrent writers for
-- one person queue here. Under READ COMMITTED the next statement then sees what the winner
-- committed; under REPEATABLE READ / SERIALIZABLE the loser fails with a serialization
-- error instead. Either way at most one of two over-cap writes commits.
CREATE FUNCTION "assignment_enforce_fte_cap"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  contract numeric;
  peak numeric;
BEGIN
  UPDATE "staff_member" SET "employment_fte" = "employment_fte"
   WHERE "id" = NEW."staff_member_id"
  RETURNING "employment_fte" INTO contract;
  peak := "staff_member_peak_fte"(NEW."staff_member_id", NEW."valid_from", NEW."valid_until");
  IF peak > contract THEN
    -- Worded like PostgreSQL's own check violations, so that the constraint name survives
    -- drivers that pass on only the message.
    RAISE EXCEPTION 'new row for relation "assignment" violates check constraint "assignment_fte_within_contract"'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'assignment_fte_within_contract', TABLE = 'assignment',
            DETAIL = format('Einsätze ergeben %s Stellenanteile, Stellenumfang ist %s', peak, contract);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "assignment_fte_within_contract"
  AFTER INSERT OR UPDATE OF "fte", "valid_from", "valid_until", "staff_member_id" ON "assignment"
  FOR EACH ROW EXECUTE FUNCTION "assignment_enforce_fte_cap"();

-- Lowering a contract may not leave existing assignments above it.
CREATE FUNCTION "staff_member_enforce_fte_cap"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  peak numeric;
BEGIN
  SELECT MAX("staff_member_peak_fte"(NEW."id", a."valid_from", a."valid_until")) INTO peak
    FROM "assignment" a WHERE a."staff_member_id" = NEW."id";
  IF peak > NEW."employment_fte" THEN
    RAISE EXCEPTION 'new row for relation "staff_member" violates check constraint "assignment_fte_within_contract"'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'assignment_fte_within_contract', TABLE = 'staff_member',
            DETAIL = format('Einsätze ergeben %s Stellenanteile, Stellenumfang wäre %s', peak, NEW."employment_fte");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "staff_member_fte_within_contract"
  AFTER UPDATE OF "employment_fte" ON "staff_member"
  FOR EACH ROW WHEN (NEW."employment_fte" < OLD."employment_fte")
  EXECUTE FUNCTION "staff_member_enforce_fte_cap"();
