// The slice of Prisma's DMMF (the JSON that get_dmmf returns) that the drift check
// reads. Declared here rather than imported: the wasm package ships no types for it.

export type DmmfFunctionDefault = { name: string; args: unknown[] };
export type DmmfDefault = DmmfFunctionDefault | string | number | boolean | unknown[];

export type DmmfField = {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  isUpdatedAt: boolean;
  hasDefaultValue: boolean;
  default?: DmmfDefault;
  /** A native type attribute such as @db.VarChar(20): ["VarChar", ["20"]]. */
  nativeType?: [string, string[]] | null;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};

export type DmmfModel = {
  name: string;
  dbName: string | null;
  schema?: string | null;
  fields: DmmfField[];
};

export type DmmfEnum = {
  name: string;
  dbName?: string | null;
  values: { name: string; dbName: string | null }[];
};

export type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string; sortOrder?: "asc" | "desc" }[];
  algorithm?: string;
};

export type DmmfDatamodel = {
  models: DmmfModel[];
  enums: DmmfEnum[];
  indexes: DmmfIndex[];
};
