-- AlterTable
ALTER TABLE "sync_cursors" ADD COLUMN     "page" INTEGER;
