import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** `created_at` and `updated_at`, kept by TypeORM, for the tables that have both. */
export abstract class TimestampedEntity {
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
