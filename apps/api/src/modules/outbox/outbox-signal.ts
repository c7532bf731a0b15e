import { EventEmitter } from 'node:events';

import { Injectable } from '@nestjs/common';

/**
 * Tells this instance's dispatcher that a transaction with outbox events has just committed, so it
 * runs now instead of at its next poll. Other instances still find the events by polling.
 */
@Injectable()
export class OutboxSignal {
  private readonly emitter = new EventEmitter();

  committed(): void {
    this.emitter.emit('committed');
  }

  onCommitted(listener: () => void): () => void {
    this.emitter.on('committed', listener);
    return () => this.emitter.off('committed', listener);
  }
}
