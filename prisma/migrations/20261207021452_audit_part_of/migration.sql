-- AlterTable
ALTER TABLE "audit_event" ADD COLUMN     "part_of_id" BIGINT;

-- CreateIndex
CREATE INDEX "audit_event_part_of_id_idx" ON "audit_event"("part_of_id");
