/** Asks the database for the smallest possible answer, for readiness checks. */
export abstract class DatabaseProbe {
  abstract ping(): Promise<void>;
}
