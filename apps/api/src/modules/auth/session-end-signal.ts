import { EventEmitter } from 'node:events';

import { Injectable, Logger } from '@nestjs/common';

/** Sessions that have just been revoked: some of one user's, or every one of them. */
export interface EndedSessions {
  userId: string;
  sessionIds: readonly string[];
  /** Every session of the user ended (sign-out everywhere, deactivation, role change). */
  everySession: boolean;
}

/**
 * Tells whoever holds long-lived connections (the live notifications) that sessions have ended, so
 * they close them at once rather than when the connection next authenticates. Auth knows nothing of
 * its listeners; a failing listener is logged and never fails the sign-out that signalled it.
 */
@Injectable()
export class SessionEndSignal {
  private readonly logger = new Logger(SessionEndSignal.name);
  private readonly emitter = new EventEmitter();

  ended(sessions: EndedSessions): void {
    for (const listener of this.emitter.listeners('ended') as Array<(sessions: EndedSessions) => void>) {
      try {
        listener(sessions);
      } catch (error) {
        this.logger.error(
          `a session-end listener failed: ${error instanceof Error ? error.message : 'unknown'}`,
        );
      }
    }
  }

  onEnded(listener: (sessions: EndedSessions) => void): () => void {
    this.emitter.on('ended', listener);
    return () => this.emitter.off('ended', listener);
  }
}
