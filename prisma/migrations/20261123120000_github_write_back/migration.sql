-- CreateTable
CREATE TABLE "github_write_backs" (
    "fcp_round_id" INTEGER NOT NULL,
    "reflected_event_id" BIGINT NOT NULL DEFAULT 0,
    "dry_run_event_id" BIGINT NOT NULL DEFAULT 0,
    "status_comment_id" BIGINT,
    "status_body_hash" TEXT,
    "start_comment_id" BIGINT,
    "end_comment_id" BIGINT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3),
    "last_error" TEXT,
    "last_success_at" TIMESTAMP(3),
    "claimed_until" TIMESTAMP(3),
    "claimed_by" TEXT,

    CONSTRAINT "github_write_backs_pkey" PRIMARY KEY ("fcp_round_id")
);

-- AddForeignKey
ALTER TABLE "github_write_backs" ADD CONSTRAINT "github_write_backs_fcp_round_id_fkey" FOREIGN KEY ("fcp_round_id") REFERENCES "fcp_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;
