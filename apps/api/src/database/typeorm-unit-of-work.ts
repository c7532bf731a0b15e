import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';

import { OutboxSignal } from '../modules/outbox/outbox-signal';
import { Transaction, UnitOfWork } from './unit-of-work';

/** A TypeORM transaction behind the opaque port, and whether it wrote outbox events. */
class TypeOrmTransaction extends Transaction {
  wroteEvents = false;

  constructor(readonly manager: EntityManager) {
    super();
  }
}

/** The EntityManager of a transaction opened by TypeOrmUnitOfWork: for repository implementations only. */
export function managerOf(tx: Transaction): EntityManager {
  if (!(tx instanceof TypeOrmTransaction)) throw new TypeError('Not a transaction of this unit of work.');
  return tx.manager;
}

/** Marks the transaction as carrying outbox events, so its commit wakes this instance's dispatcher. */
export function markEventsWritten(tx: Transaction): void {
  if (tx instanceof TypeOrmTransaction) tx.wroteEvents = true;
}

@Injectable()
export class TypeOrmUnitOfWork extends UnitOfWork {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly outboxSignal: OutboxSignal,
  ) {
    super();
  }

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    let transaction: TypeOrmTransaction | undefined;
    const result = await this.db.transaction((manager) => {
      transaction = new TypeOrmTransaction(manager);
      return work(transaction);
    });
    if (transaction?.wroteEvents) this.outboxSignal.committed();
    return result;
  }
}
