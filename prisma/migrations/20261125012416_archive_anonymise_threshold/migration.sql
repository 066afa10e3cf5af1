-- AlterTable
ALTER TABLE "district" ADD COLUMN     "archived_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "funding_source" ADD COLUMN     "archived_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "municipality" ADD COLUMN     "pupils_per_fte_threshold" INTEGER NOT NULL DEFAULT 150;

-- AlterTable
ALTER TABLE "provider" ADD COLUMN     "archived_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "school" ADD COLUMN     "archived_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "staff_member" ADD COLUMN     "anonymised_at" TIMESTAMPTZ(3);

-- Hand-written: a threshold of zero or less would turn every school into a warning.
ALTER TABLE "municipality" ADD CONSTRAINT "municipality_pupils_per_fte_threshold_positive" CHECK ("pupils_per_fte_threshold" > 0);
