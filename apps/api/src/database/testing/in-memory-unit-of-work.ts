import { Transaction, UnitOfWork } from '../unit-of-work';

export class FakeTransaction extends Transaction {}

/** Runs the work with a fake transaction; in-memory repositories ignore it (nothing rolls back). */
export class InMemoryUnitOfWork extends UnitOfWork {
  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return work(new FakeTransaction());
  }
}
