// A small schema using each Prisma Migrate convention the drift check relies on, and
// the SQL Prisma Migrate writes for it, by hand in its style. The unit test checks the
// shape expected from the schema; the integration test checks that this SQL, applied
// to a real database, introspects to that same shape.

export const FIXTURE_SCHEMA = `
datasource db {
  provider = "postgresql"
}

enum Color {
  red
  darkGreen @map("dark-green")

  @@map("colour")
}

model Owner {
  id        Int      @id @default(autoincrement())
  token     String   @unique @default(cuid())
  touchedAt DateTime @updatedAt @map("touched_at")
  pets      Pet[]    @relation("owned")
  kept      Pet[]    @relation("kept")

  @@map("owners")
}

model Pet {
  id       BigInt   @id @default(autoincrement())
  ownerId  Int      @map("owner_id")
  keeperId Int?     @map("keeper_id")
  name     String   @db.VarChar(40)
  color    Color    @default(darkGreen)
  tags     String[] @default(["a", "b"])
  weight   Decimal? @default(1.50)
  data     Json     @default("{\\"a\\": 1}")
  born     DateTime @default(now()) @db.Timestamptz(6)
  owner    Owner    @relation("owned", fields: [ownerId], references: [id])
  keeper   Owner?   @relation("kept", fields: [keeperId], references: [id], onUpdate: NoAction)

  @@unique([ownerId, name])
  @@index([name(sort: Desc), ownerId])
  @@index([weight], type: Hash)
}

model Tagging {
  petId BigInt
  tag   String

  @@id([petId, tag])
  @@index([petId])
}
`;

export const FIXTURE_MIGRATION_SQL = `
CREATE TYPE "colour" AS ENUM ('red', 'dark-green');

CREATE TABLE "owners" (
    "id" SERIAL NOT NULL,
    "token" TEXT NOT NULL,
    "touched_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "owners_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Pet" (
    "id" BIGSERIAL NOT NULL,
    "owner_id" INTEGER NOT NULL,
    "keeper_id" INTEGER,
    "name" VARCHAR(40) NOT NULL,
    "color" "colour" NOT NULL DEFAULT 'dark-green',
    "tags" TEXT[] DEFAULT ARRAY['a', 'b']::TEXT[],
    "weight" DECIMAL(65,30) DEFAULT 1.5,
    "data" JSONB NOT NULL DEFAULT '{"a": 1}',
    "born" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Pet_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Tagging" (
    "petId" BIGINT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "Tagging_pkey" PRIMARY KEY ("petId","tag")
);

CREATE UNIQUE INDEX "owners_token_key" ON "owners"("token");
CREATE UNIQUE INDEX "Pet_owner_id_name_key" ON "Pet"("owner_id", "name");
CREATE INDEX "Pet_name_owner_id_idx" ON "Pet"("name" DESC, "owner_id");
CREATE INDEX "Pet_weight_idx" ON "Pet" USING HASH ("weight");
CREATE INDEX "Tagging_petId_idx" ON "Tagging"("petId");

ALTER TABLE "Pet" ADD CONSTRAINT "Pet_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "owners"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Pet" ADD CONSTRAINT "Pet_keeper_id_fkey" FOREIGN KEY ("keeper_id") REFERENCES "owners"("id") ON DELETE SET NULL ON UPDATE NO ACTION;
`;
