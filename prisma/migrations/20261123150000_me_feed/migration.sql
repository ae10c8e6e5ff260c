-- CreateTable
CREATE TABLE "me_feed_states" (
    "user_id" TEXT NOT NULL,
    "read_up_to_event_id" BIGINT,
    "read_at" TIMESTAMP(3),
    "token_hash" TEXT,
    "token_created_at" TIMESTAMP(3),

    CONSTRAINT "me_feed_states_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "me_feed_states_token_hash_key" ON "me_feed_states"("token_hash");

-- AddForeignKey
ALTER TABLE "me_feed_states" ADD CONSTRAINT "me_feed_states_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
