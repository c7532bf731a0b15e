import { CommonErrorCode } from '@healthsync/contracts/common/problem';
import { AppointmentErrorCode } from '@healthsync/contracts/scheduling/appointment-rules';

import { messageOf } from './error-messages';
import { ApiError, toActionState } from './problem';

const refused = (status: number, code: string, detail = 'Developer detail: row 42 of table x.') =>
  new ApiError(status, { status, code, detail });

describe('messageOf', () => {
  it('chooses the message by code', () => {
    expect(messageOf(refused(409, AppointmentErrorCode.SlotUnavailable))).toBe(
      'That slot is no longer free; choose another.',
    );
  });

  it('falls back by status for a code the portal does not know, without echoing detail', () => {
    expect(messageOf(refused(409, 'FUTURE.SOMETHING'))).toMatch(/clashes/);
    expect(messageOf(refused(503, 'FUTURE.SOMETHING'))).toBe(
      messageOf(refused(500, CommonErrorCode.Internal)),
    );
    expect(messageOf(refused(422, 'toString'))).toMatch(/refused/);
  });
});

describe('toActionState', () => {
  it("shows the code's message, not the API's detail", () => {
    const state = toActionState(refused(409, AppointmentErrorCode.PatientBusy));
    expect(state.formError).toBe('The patient already has an appointment at that time.');
    expect(state.formError).not.toContain('Developer detail');
  });
});
