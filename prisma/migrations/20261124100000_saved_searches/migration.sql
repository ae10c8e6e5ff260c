-- AlterTable
ALTER TABLE "follows" ADD COLUMN "saved_search_id" INTEGER;

-- CreateTable
CREATE TABLE "saved_searches" (
    "id" SERIAL NOT NULL,
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "mine" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_searches_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "saved_search_matches" (
    "saved_search_id" INTEGER NOT NULL,
    "proposal_number" INTEGER NOT NULL,
    "matched_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_search_matches_pkey" PRIMARY KEY ("saved_search_id","proposal_number")
);

-- CreateIndex
CREATE UNIQUE INDEX "saved_searches_user_id_query_mine_key" ON "saved_searches"("user_id", "query", "mine");

-- CreateIndex
CREATE INDEX "saved_search_matches_proposal_number_idx" ON "saved_search_matches"("proposal_number");

-- CreateIndex
CREATE INDEX "follows_saved_search_id_idx" ON "follows"("saved_search_id");

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_saved_search_id_fkey" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_search_matches" ADD CONSTRAINT "saved_search_matches_saved_search_id_fkey" FOREIGN KEY ("saved_search_id") REFERENCES "saved_searches"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_search_matches" ADD CONSTRAINT "saved_search_matches_proposal_number_fkey" FOREIGN KEY ("proposal_number") REFERENCES "proposals"("number") ON DELETE CASCADE ON UPDATE CASCADE;
