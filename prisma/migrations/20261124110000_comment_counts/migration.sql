-- AlterTable
ALTER TABLE "proposals" ADD COLUMN     "comment_count" INTEGER;
