import { PasswordService } from '../password.service';

/** The real password rules with a transparent "hash", so specs need no argon2 time. */
export class PlainPasswordService extends PasswordService {
  decoyChecks = 0;

  override async hash(password: string): Promise<string> {
    return `plain:${password}`;
  }

  override async verify(hash: string | null, password: string): Promise<boolean> {
    if (hash === null) this.decoyChecks += 1;
    return hash === `plain:${password}`;
  }
}
