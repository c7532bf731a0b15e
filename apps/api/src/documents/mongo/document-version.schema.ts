import { Schema } from 'mongoose';

export const DOCUMENT_VERSION_MODEL = 'DocumentVersion';

/** One version as it is stored in `document_versions`. */
export interface DocumentVersionRecord {
  collection: string;
  key: string;
  version: number;
  body: unknown;
  authorId: string | null;
  createdAt: Date;
}

export const documentVersionSchema = new Schema<DocumentVersionRecord>(
  {
    // Caller-supplied strings are not `required`: Mongoose would refuse '', which PostgreSQL accepts.
    collection: { type: String },
    key: { type: String },
    version: { type: Number, required: true },
    body: { type: Schema.Types.Mixed },
    authorId: { type: String, default: null },
    createdAt: { type: Date, required: true },
  },
  {
    collection: 'document_versions',
    versionKey: false,
    // Keep an empty `{}` body as `{}` instead of dropping it.
    minimize: false,
    // Built and awaited in the store's onModuleInit, so no write can run before the unique index exists.
    autoIndex: false,
    // `collection` is a reserved Mongoose path name, but the store only reads lean objects.
    suppressReservedKeysWarning: true,
  },
);

// The unique index settles concurrent writers of the same version: exactly one insert succeeds.
documentVersionSchema.index({ collection: 1, key: 1, version: 1 }, { unique: true });
