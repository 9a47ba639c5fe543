-- AlterTable
ALTER TABLE "StatusUpdate" ADD COLUMN     "subject" TEXT;

