-- AlterTable
ALTER TABLE "municipality" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;
