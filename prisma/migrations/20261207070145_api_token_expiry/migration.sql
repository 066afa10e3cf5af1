-- API tokens expire (issue 11). Tokens that exist get one year from this migration (the
-- column default, evaluated per row now): none stops working on the day of the update, and
-- every one ends within a year.
-- AlterTable
ALTER TABLE "api_token" ADD COLUMN     "expires_at" TIMESTAMPTZ(3) NOT NULL DEFAULT (now() + '1 year'::interval);
