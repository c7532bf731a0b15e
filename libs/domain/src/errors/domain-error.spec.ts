import { DomainError } from './domain-error';

class SlotTaken extends DomainError<'APPOINTMENT.SLOT_TAKEN'> {
  constructor() {
    super('conflict', 'APPOINTMENT.SLOT_TAKEN', 'That slot was just taken');
  }
}

describe('DomainError', () => {
  it('carries its kind, code, message and details, named after its class', () => {
    const error = new SlotTaken();
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      kind: 'conflict',
      code: 'APPOINTMENT.SLOT_TAKEN',
      message: 'That slot was just taken',
      details: {},
      name: 'SlotTaken',
    });
  });
});
