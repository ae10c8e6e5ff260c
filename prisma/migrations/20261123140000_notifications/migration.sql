-- CreateEnum
CREATE TYPE "NotifyLevel" AS ENUM ('every', 'significant');

-- CreateEnum
CREATE TYPE "EmailCadence" AS ENUM ('immediate', 'daily');

-- CreateEnum
CREATE TYPE "NotifyChannel" AS ENUM ('email', 'matrix', 'webhook');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('pending', 'sent', 'failed', 'gave_up');

-- CreateTable
CREATE TABLE "email_preferences" (
    "user_id" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "level" "NotifyLevel" NOT NULL DEFAULT 'significant',
    "cadence" "EmailCadence" NOT NULL DEFAULT 'immediate',
    "digest_hour" INTEGER NOT NULL DEFAULT 8,
    "address" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "email_preferences_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "outbound_webhooks" (
    "id" SERIAL NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "level" "NotifyLevel" NOT NULL DEFAULT 'significant',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_by" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbound_webhooks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notify_cursors" (
    "channel" "NotifyChannel" NOT NULL,
    "event_id" BIGINT NOT NULL,
    "gap_since" TIMESTAMP(3),
    "gap_horizon" BIGINT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "notify_cursors_pkey" PRIMARY KEY ("channel")
);

-- CreateTable
CREATE TABLE "deliveries" (
    "id" TEXT NOT NULL,
    "channel" "NotifyChannel" NOT NULL,
    "target_id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "event_ids" BIGINT[] DEFAULT ARRAY[]::BIGINT[],
    "status" "DeliveryStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL,
    "last_error" TEXT,
    "sent_at" TIMESTAMP(3),
    "claimed_by" TEXT,
    "claimed_until" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "deliveries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "deliveries_status_next_attempt_at_idx" ON "deliveries"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "deliveries_created_at_idx" ON "deliveries"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "deliveries_channel_target_id_key_key" ON "deliveries"("channel", "target_id", "key");

-- AddForeignKey
ALTER TABLE "email_preferences" ADD CONSTRAINT "email_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
