import { Global, Module } from '@nestjs/common';

import { TypeOrmUnitOfWork } from '../../database/typeorm-unit-of-work';
import { UnitOfWork } from '../../database/unit-of-work';
import { EventOutbox } from './event-outbox.repository';
import { OutboxSignal } from './outbox-signal';
import { TypeOrmEventOutbox } from './typeorm-event-outbox.repository';

/** Transactions and the outbox they write events to: every module may use both. */
@Global()
@Module({
  providers: [
    OutboxSignal,
    { provide: UnitOfWork, useClass: TypeOrmUnitOfWork },
    { provide: EventOutbox, useClass: TypeOrmEventOutbox },
  ],
  exports: [OutboxSignal, UnitOfWork, EventOutbox],
})
export class OutboxModule {}
