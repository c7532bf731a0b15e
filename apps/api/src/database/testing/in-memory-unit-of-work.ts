import { Transaction, UnitOfWork } from '../unit-of-work';

/** A transaction of the in-memory unit of work: only passed on, like the real one. */
export class FakeTransaction extends Transaction {}

/** Runs the work with a fresh fake transaction; in-memory repositories ignore it. */
export class InMemoryUnitOfWork extends UnitOfWork {
  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return work(new FakeTransaction());
  }
}
