-- CreateEnum
CREATE TYPE "LabelAction" AS ENUM ('added', 'removed');

-- CreateEnum
CREATE TYPE "DataSource" AS ENUM ('snapshot', 'sync', 'webhook', 'web', 'mscbot', 'system');

-- CreateEnum
CREATE TYPE "FcpDisposition" AS ENUM ('merge', 'close', 'postpone');

-- CreateEnum
CREATE TYPE "VotePosition" AS ENUM ('approve', 'abstain', 'recuse', 'none');

-- CreateEnum
CREATE TYPE "SyncKind" AS ENUM ('snapshot', 'full', 'incremental');

-- CreateEnum
CREATE TYPE "SyncOutcome" AS ENUM ('running', 'succeeded', 'failed');

-- CreateTable
CREATE TABLE "proposals" (
    "number" INTEGER NOT NULL,
    "github_id" BIGINT,
    "is_pull_request" BOOLEAN,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "github_state" TEXT NOT NULL,
    "draft" BOOLEAN NOT NULL DEFAULT false,
    "merged" BOOLEAN NOT NULL DEFAULT false,
    "author_login" TEXT,
    "authors" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "shepherds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "related_prs" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "proposal_date" TEXT,
    "documentation" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "rendered_url" TEXT,
    "proposal_path" TEXT,
    "created_at" TIMESTAMP(3),
    "updated_at" TIMESTAMP(3),
    "closed_at" TIMESTAMP(3),
    "merged_at" TIMESTAMP(3),
    "source" "DataSource" NOT NULL,
    "synced_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proposals_pkey" PRIMARY KEY ("number")
);

-- CreateTable
CREATE TABLE "labels" (
    "name" TEXT NOT NULL,
    "github_id" BIGINT,
    "color" TEXT,
    "description" TEXT,

    CONSTRAINT "labels_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "proposal_labels" (
    "proposal_number" INTEGER NOT NULL,
    "label_name" TEXT NOT NULL,
    "added_at" TIMESTAMP(3),

    CONSTRAINT "proposal_labels_pkey" PRIMARY KEY ("proposal_number","label_name")
);

-- CreateTable
CREATE TABLE "label_changes" (
    "id" BIGSERIAL NOT NULL,
    "proposal_number" INTEGER NOT NULL,
    "label_name" TEXT NOT NULL,
    "action" "LabelAction" NOT NULL,
    "actor_login" TEXT,
    "at" TIMESTAMP(3) NOT NULL,
    "github_event_id" BIGINT,
    "source" "DataSource" NOT NULL,

    CONSTRAINT "label_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "events" (
    "id" BIGSERIAL NOT NULL,
    "proposal_number" INTEGER,
    "fcp_round_id" INTEGER,
    "kind" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_login" TEXT,
    "source" "DataSource" NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "dedupe_key" TEXT,

    CONSTRAINT "events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sct_members" (
    "id" SERIAL NOT NULL,
    "github_login" TEXT NOT NULL,
    "github_id" BIGINT,
    "display_name" TEXT,
    "served_from" TIMESTAMP(3) NOT NULL,
    "served_until" TIMESTAMP(3),
    "source" "DataSource" NOT NULL,

    CONSTRAINT "sct_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fcp_rounds" (
    "id" SERIAL NOT NULL,
    "proposal_number" INTEGER NOT NULL,
    "disposition" "FcpDisposition" NOT NULL,
    "proposed_by" TEXT NOT NULL,
    "proposed_at" TIMESTAMP(3) NOT NULL,
    "started_at" TIMESTAMP(3),
    "ends_at" TIMESTAMP(3),
    "completed_at" TIMESTAMP(3),
    "cancelled_at" TIMESTAMP(3),
    "cancelled_by" TEXT,
    "cancel_reason" TEXT,
    "roster" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "source" "DataSource" NOT NULL,
    "github_comment_id" BIGINT,

    CONSTRAINT "fcp_rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "votes" (
    "id" BIGSERIAL NOT NULL,
    "fcp_round_id" INTEGER NOT NULL,
    "member_login" TEXT NOT NULL,
    "position" "VotePosition" NOT NULL,
    "rationale" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "source" "DataSource" NOT NULL,

    CONSTRAINT "votes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "concerns" (
    "id" SERIAL NOT NULL,
    "proposal_number" INTEGER NOT NULL,
    "fcp_round_id" INTEGER,
    "text" TEXT NOT NULL,
    "raised_by" TEXT NOT NULL,
    "raised_at" TIMESTAMP(3) NOT NULL,
    "resolved_by" TEXT,
    "resolved_at" TIMESTAMP(3),
    "source" "DataSource" NOT NULL,
    "github_comment_id" BIGINT,

    CONSTRAINT "concerns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_runs" (
    "id" SERIAL NOT NULL,
    "kind" "SyncKind" NOT NULL,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "outcome" "SyncOutcome" NOT NULL DEFAULT 'running',
    "error" TEXT,
    "data_as_of" TIMESTAMP(3),
    "request_count" INTEGER NOT NULL DEFAULT 0,
    "not_modified_count" INTEGER NOT NULL DEFAULT 0,
    "rate_limit_remaining" INTEGER,
    "rate_limit_reset_at" TIMESTAMP(3),
    "proposals_added" INTEGER NOT NULL DEFAULT 0,
    "proposals_changed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "sync_runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sync_cursors" (
    "endpoint" TEXT NOT NULL,
    "since" TIMESTAMP(3),
    "etag" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sync_cursors_pkey" PRIMARY KEY ("endpoint")
);

-- CreateTable
CREATE TABLE "webhook_deliveries" (
    "delivery_id" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "action" TEXT,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMP(3),
    "error" TEXT,

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("delivery_id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "email_verified" TIMESTAMP(3),
    "image" TEXT,
    "github_login" TEXT,
    "github_id" BIGINT,
    "is_admin" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "provider_account_id" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "session_token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL
);

-- CreateTable
CREATE TABLE "follows" (
    "user_id" TEXT NOT NULL,
    "proposal_number" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follows_pkey" PRIMARY KEY ("user_id","proposal_number")
);

-- CreateIndex
CREATE UNIQUE INDEX "proposals_github_id_key" ON "proposals"("github_id");

-- CreateIndex
CREATE INDEX "proposals_updated_at_idx" ON "proposals"("updated_at");

-- CreateIndex
CREATE INDEX "proposals_author_login_idx" ON "proposals"("author_login");

-- CreateIndex
CREATE UNIQUE INDEX "labels_github_id_key" ON "labels"("github_id");

-- CreateIndex
CREATE INDEX "proposal_labels_label_name_idx" ON "proposal_labels"("label_name");

-- CreateIndex
CREATE UNIQUE INDEX "label_changes_github_event_id_key" ON "label_changes"("github_event_id");

-- CreateIndex
CREATE INDEX "label_changes_proposal_number_at_idx" ON "label_changes"("proposal_number", "at");

-- CreateIndex
CREATE UNIQUE INDEX "events_dedupe_key_key" ON "events"("dedupe_key");

-- CreateIndex
CREATE INDEX "events_proposal_number_at_idx" ON "events"("proposal_number", "at");

-- CreateIndex
CREATE INDEX "events_at_idx" ON "events"("at");

-- CreateIndex
CREATE UNIQUE INDEX "sct_members_github_login_served_from_key" ON "sct_members"("github_login", "served_from");

-- CreateIndex
CREATE UNIQUE INDEX "fcp_rounds_github_comment_id_key" ON "fcp_rounds"("github_comment_id");

-- CreateIndex
CREATE INDEX "fcp_rounds_proposal_number_idx" ON "fcp_rounds"("proposal_number");

-- CreateIndex
CREATE INDEX "votes_fcp_round_id_member_login_at_idx" ON "votes"("fcp_round_id", "member_login", "at");

-- CreateIndex
CREATE INDEX "concerns_proposal_number_idx" ON "concerns"("proposal_number");

-- CreateIndex
CREATE INDEX "sync_runs_outcome_finished_at_idx" ON "sync_runs"("outcome", "finished_at");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "users_github_login_key" ON "users"("github_login");

-- CreateIndex
CREATE UNIQUE INDEX "users_github_id_key" ON "users"("github_id");

-- CreateIndex
CREATE UNIQUE INDEX "accounts_provider_provider_account_id_key" ON "accounts"("provider", "provider_account_id");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_session_token_key" ON "sessions"("session_token");

-- CreateIndex
CREATE UNIQUE INDEX "verification_tokens_token_key" ON "verification_tokens"("token");

-- CreateIndex
CREATE UNIQUE INDEX "verification_tokens_identifier_token_key" ON "verification_tokens"("identifier", "token");

-- CreateIndex
CREATE INDEX "follows_proposal_number_idx" ON "follows"("proposal_number");

-- AddForeignKey
ALTER TABLE "proposal_labels" ADD CONSTRAINT "proposal_labels_proposal_number_fkey" FOREIGN KEY ("proposal_number") REFERENCES "proposals"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proposal_labels" ADD CONSTRAINT "proposal_labels_label_name_fkey" FOREIGN KEY ("label_name") REFERENCES "labels"("name") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "label_changes" ADD CONSTRAINT "label_changes_proposal_number_fkey" FOREIGN KEY ("proposal_number") REFERENCES "proposals"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_proposal_number_fkey" FOREIGN KEY ("proposal_number") REFERENCES "proposals"("number") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "events" ADD CONSTRAINT "events_fcp_round_id_fkey" FOREIGN KEY ("fcp_round_id") REFERENCES "fcp_rounds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fcp_rounds" ADD CONSTRAINT "fcp_rounds_proposal_number_fkey" FOREIGN KEY ("proposal_number") REFERENCES "proposals"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "votes" ADD CONSTRAINT "votes_fcp_round_id_fkey" FOREIGN KEY ("fcp_round_id") REFERENCES "fcp_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_proposal_number_fkey" FOREIGN KEY ("proposal_number") REFERENCES "proposals"("number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "concerns" ADD CONSTRAINT "concerns_fcp_round_id_fkey" FOREIGN KEY ("fcp_round_id") REFERENCES "fcp_rounds"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follows" ADD CONSTRAINT "follows_proposal_number_fkey" FOREIGN KEY ("proposal_number") REFERENCES "proposals"("number") ON DELETE CASCADE ON UPDATE CASCADE;
