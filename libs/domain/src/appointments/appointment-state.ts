import { Role } from '../accounts';
import { DomainError } from '../errors';
import { localDate } from '../scheduling';
import {
  type AppointmentAction,
  APPOINTMENT_ACTIONS,
  AppointmentRuleCode,
  AppointmentStatus,
} from './appointment-status';
import type { AppointmentType } from './appointment-type';
import { IllegalTransition } from './illegal-transition';

/** What a transition is checked against besides the status. */
export interface TransitionContext {
  now: Date;
  startsAt: Date;
  /** Who acts: a patient is bound by the cut-off, staff must give a reason to cancel. */
  role: Role;
  reason?: string;
  /** Supplies the cancellation cut-off. */
  type: AppointmentType;
  /** The clinic's IANA zone: it decides which calendar day `now` and `startsAt` fall on. */
  timeZone: string;
}

type Transitions = Readonly<Partial<Record<AppointmentAction, AppointmentStatus>>>;

/** One class per status, each knowing which actions it allows and where they lead. */
export abstract class AppointmentState {
  abstract readonly status: AppointmentStatus;
  protected abstract readonly transitions: Transitions;

  legalActions(): AppointmentAction[] {
    return APPOINTMENT_ACTIONS.filter((action) => this.allows(action));
  }

  allows(action: AppointmentAction): boolean {
    return this.transitions[action] !== undefined;
  }

  /** The status the action leads to; throws when the status or the context does not allow it. */
  apply(action: AppointmentAction, context: TransitionContext): AppointmentStatus {
    const next = this.transitions[action];
    if (next === undefined) throw new IllegalTransition(this.status, action, this.legalActions());
    this.check(action, context);
    return next;
  }

  protected check(_action: AppointmentAction, _context: TransitionContext): void {
    // Most transitions depend on the status alone.
  }
}

/** Booked and not yet begun: it may still be cancelled, moved, or marked a no-show. */
abstract class UpcomingState extends AppointmentState {
  protected override check(action: AppointmentAction, context: TransitionContext): void {
    if (action === 'cancel') checkCancellation(context);
    if (action === 'reschedule') checkCutoff(context);
    if (action === 'no_show') checkStarted(context);
  }
}

function checkCancellation(context: TransitionContext): void {
  checkCutoff(context);
  if (context.role !== Role.Patient && !context.reason?.trim()) {
    throw new DomainError(
      'invalid',
      AppointmentRuleCode.ReasonRequired,
      'Staff must give a reason to cancel.',
    );
  }
}

/** Patients may change an appointment only before the cut-off; staff may at any time. */
function checkCutoff({ role, now, startsAt, type }: TransitionContext): void {
  const cutoff = type.cancellationCutoff(startsAt);
  if (role === Role.Patient && now.getTime() >= cutoff.getTime()) {
    throw new DomainError(
      'unprocessable',
      AppointmentRuleCode.PastCancellationCutoff,
      `A ${type.name} can be changed online only up to ${type.cancellationCutoffHours} hours before it starts.`,
      { cutoff: cutoff.toISOString() },
    );
  }
}

function checkStarted({ now, startsAt }: TransitionContext): void {
  if (now.getTime() < startsAt.getTime()) {
    throw new DomainError(
      'unprocessable',
      AppointmentRuleCode.TooEarlyForNoShow,
      'An appointment can be marked a no-show only once its start time has passed.',
      { startsAt: startsAt.toISOString() },
    );
  }
}

/**
 * A patient is checked in on the appointment's own day in the clinic's zone, from its local midnight
 * (arriving after the start time that day is fine). Checking in days ahead would let the visit be
 * started and completed early, freeing a slot that then gets booked twice.
 */
function checkAppointmentDay({ now, startsAt, timeZone }: TransitionContext): void {
  if (localDate(now, timeZone) !== localDate(startsAt, timeZone)) {
    throw new DomainError(
      'unprocessable',
      AppointmentRuleCode.CheckInNotToday,
      'A patient can be checked in only on the day of their appointment.',
      { startsAt: startsAt.toISOString() },
    );
  }
}

export class HeldState extends AppointmentState {
  readonly status = AppointmentStatus.Held;
  protected readonly transitions: Transitions = {};
}

export class ScheduledState extends UpcomingState {
  readonly status = AppointmentStatus.Scheduled;
  protected readonly transitions: Transitions = {
    confirm: AppointmentStatus.Confirmed,
    cancel: AppointmentStatus.Cancelled,
    no_show: AppointmentStatus.NoShow,
    reschedule: AppointmentStatus.Scheduled,
  };
}

export class ConfirmedState extends UpcomingState {
  readonly status = AppointmentStatus.Confirmed;
  protected readonly transitions: Transitions = {
    check_in: AppointmentStatus.CheckedIn,
    cancel: AppointmentStatus.Cancelled,
    no_show: AppointmentStatus.NoShow,
    reschedule: AppointmentStatus.Confirmed,
  };

  protected override check(action: AppointmentAction, context: TransitionContext): void {
    if (action === 'check_in') checkAppointmentDay(context);
    else super.check(action, context);
  }
}

export class CheckedInState extends AppointmentState {
  readonly status = AppointmentStatus.CheckedIn;
  protected readonly transitions: Transitions = { start: AppointmentStatus.InProgress };
}

export class InProgressState extends AppointmentState {
  readonly status = AppointmentStatus.InProgress;
  protected readonly transitions: Transitions = { complete: AppointmentStatus.Completed };
}

export class CompletedState extends AppointmentState {
  readonly status = AppointmentStatus.Completed;
  protected readonly transitions: Transitions = {};
}

export class CancelledState extends AppointmentState {
  readonly status = AppointmentStatus.Cancelled;
  protected readonly transitions: Transitions = {};
}

export class NoShowState extends AppointmentState {
  readonly status = AppointmentStatus.NoShow;
  protected readonly transitions: Transitions = {};
}

const STATES: ReadonlyMap<string, AppointmentState> = new Map(
  [
    new HeldState(),
    new ScheduledState(),
    new ConfirmedState(),
    new CheckedInState(),
    new InProgressState(),
    new CompletedState(),
    new CancelledState(),
    new NoShowState(),
  ].map((state) => [state.status, state]),
);

/** The state object for a status (shared: states hold no data); refuses a value that is not a status. */
export function stateOf(status: AppointmentStatus): AppointmentState {
  const state = STATES.get(status);
  if (!state) {
    throw new DomainError(
      'invalid',
      AppointmentRuleCode.UnknownStatus,
      `Unknown appointment status '${status}'.`,
      {
        status,
      },
    );
  }
  return state;
}
