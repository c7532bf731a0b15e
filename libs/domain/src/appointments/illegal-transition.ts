import { DomainError } from '../errors';
import { type AppointmentAction, AppointmentRuleCode, type AppointmentStatus } from './appointment-status';

/** An action the appointment's status does not allow; names the ones it does. */
export class IllegalTransition extends DomainError<AppointmentRuleCode.IllegalTransition> {
  constructor(
    status: AppointmentStatus,
    action: AppointmentAction,
    legalActions: readonly AppointmentAction[],
  ) {
    const allowed = legalActions.length > 0 ? legalActions.join(', ') : 'none';
    super(
      'conflict',
      AppointmentRuleCode.IllegalTransition,
      `Cannot ${action} an appointment that is ${status}; legal actions: ${allowed}.`,
      { status, action, legalActions: [...legalActions] },
    );
  }
}
