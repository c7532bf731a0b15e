/**
 * An open transaction. Use cases only pass it on: repositories bind their handles to it with
 * `in(tx)`, so everything done through those handles commits or rolls back together.
 */
export abstract class Transaction {
  declare private readonly opaque: never;
}

/** The port a use case asks for when its changes must be atomic. */
export abstract class UnitOfWork {
  /** Runs `work` in one transaction: commits when it resolves, rolls back when it throws. */
  abstract run<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
}
