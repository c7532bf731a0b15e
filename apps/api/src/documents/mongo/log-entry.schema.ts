import { Schema } from 'mongoose';

export const LOG_ENTRY_MODEL = 'LogEntry';

/** One entry as it is stored in `log_entries`; `_id` is the entry's UUID. */
export interface LogEntryRecord {
  _id: string;
  stream: string;
  sequence: number;
  body: unknown;
  recordedAt: Date;
  previousHash: string | null;
  hash: string;
}

export const logEntrySchema = new Schema<LogEntryRecord>(
  {
    _id: { type: String, required: true },
    // Not `required`: Mongoose would refuse an empty stream name, which PostgreSQL accepts.
    stream: { type: String },
    sequence: { type: Number, required: true },
    body: { type: Schema.Types.Mixed },
    recordedAt: { type: Date, required: true },
    previousHash: { type: String, default: null },
    hash: { type: String, required: true },
  },
  {
    collection: 'log_entries',
    versionKey: false,
    // Keep an empty `{}` body as `{}`: the hash covers it.
    minimize: false,
    // Built and awaited in the store's onModuleInit, so no append can run before the unique index exists.
    autoIndex: false,
  },
);

// The unique index is what serialises appends: two writers of the same sequence cannot both insert.
logEntrySchema.index({ stream: 1, sequence: 1 }, { unique: true });
logEntrySchema.index({ stream: 1, recordedAt: 1 });
