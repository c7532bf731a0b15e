import { AccountRuleCode } from '@healthsync/domain/accounts';
import { AppointmentRuleCode } from '@healthsync/domain/appointments';
import { SchedulingRuleCode } from '@healthsync/domain/scheduling';

import { AccountErrorCode } from './auth/auth-error-codes';
import { AppointmentErrorCode, ScheduleErrorCode } from './scheduling';

const values = (codes: object) => Object.values(codes) as string[];

// The portal picks its messages by code from these enums: a code the domain throws must be in one.
describe('error codes', () => {
  it.each([
    ['AppointmentRuleCode', AppointmentRuleCode, AppointmentErrorCode],
    ['SchedulingRuleCode', SchedulingRuleCode, ScheduleErrorCode],
    ['AccountRuleCode', AccountRuleCode, AccountErrorCode],
  ] as const)('every %s is in the feature enum of libs/contracts', (_, domain, contracts) => {
    expect(values(contracts)).toEqual(expect.arrayContaining(values(domain)));
  });
});
