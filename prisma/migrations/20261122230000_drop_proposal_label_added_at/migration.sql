-- AlterTable
ALTER TABLE "proposal_labels" DROP COLUMN "added_at";
