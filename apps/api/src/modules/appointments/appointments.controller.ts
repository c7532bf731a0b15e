import { Body, Controller, Get, Headers, HttpCode, HttpStatus, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import { ALL_ROLES, Role } from '@healthsync/contracts/auth';
import {
  AppointmentListQuery,
  BookAppointmentDto,
  CancelAppointmentDto,
  HoldSlotDto,
  MAX_ACTIVE_HOLDS_PER_PATIENT,
  QueueQuery,
  RescheduleAppointmentDto,
  TransitionDto,
} from '@healthsync/contracts/scheduling';

import { Auth, Authenticated } from '../../common/auth/access.decorators';
import type { AuthContext } from '../../common/auth/auth-context';
import { ApiPageQuery } from '../../common/openapi/api-page-query.decorator';
import { ApiProblemResponses } from '../../common/openapi/api-problem-responses.decorator';
import { IdParam } from '../../common/validation/id-param';
import { RateLimitBudget } from '../../common/rate-limit/rate-limit-budget.decorator';
import { Audited } from '../audit/audited.decorator';
import {
  AppointmentPageView,
  AppointmentView,
  QueueEntryView,
  TransitionView,
} from './appointments.responses';
import { AppointmentLifecycleService } from './appointment-lifecycle.service';
import { AppointmentQueriesService } from './appointment-queries.service';
import { BookingService } from './booking.service';

const EVERYONE = ALL_ROLES as [Role, ...Role[]];
const BOOKERS: [Role, ...Role[]] = [Role.Patient, Role.Receptionist, Role.Admin];
const patientOf = (result: unknown) => (result as AppointmentView).patientId;
const patientsOfPage = (result: unknown) =>
  (result as AppointmentPageView).items.map((item) => item.patientId);
const patientsOfQueue = (result: unknown) => (result as QueueEntryView[]).map((entry) => entry.patientId);
const audited = (action: string) =>
  Audited({ action, resourceType: 'appointment', resourceIdParam: 'id', patientIdFrom: patientOf });

@ApiTags('appointments')
@Controller('appointments')
export class AppointmentsController {
  constructor(
    private readonly booking: BookingService,
    private readonly lifecycle: AppointmentLifecycleService,
    private readonly queries: AppointmentQueriesService,
  ) {}

  @Post('holds')
  @Authenticated(...BOOKERS)
  @RateLimitBudget('holds')
  @Audited({ action: 'appointment.hold', resourceType: 'appointment', patientIdFrom: patientOf })
  @ApiOperation({
    summary: 'Hold a slot for 5 minutes',
    description: `Others no longer see it; it lapses by itself. Book it with \`holdId\`. A patient holds at most ${MAX_ACTIVE_HOLDS_PER_PATIENT} slots at a time (409 \`APPOINTMENT.TOO_MANY_HOLDS\`), and one client address at most \`HOLD_LIMIT_PER_ADDRESS\` within five minutes (429).`,
  })
  @ApiCreatedResponse({ type: AppointmentView, description: 'The hold (status `held`).' })
  @ApiProblemResponses(403, 404, 409, 429)
  hold(@Auth() auth: AuthContext, @Body() dto: HoldSlotDto) {
    return this.booking.hold(auth, dto);
  }

  @Post()
  @Authenticated(...BOOKERS)
  @Audited({ action: 'appointment.book', resourceType: 'appointment', patientIdFrom: patientOf })
  @ApiOperation({
    summary: 'Book an appointment',
    description:
      'A patient books for themselves, staff for any patient. Two requests for one slot: one 201, the other 409.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'Retrying with the same key and body returns the same appointment.',
  })
  @ApiCreatedResponse({ type: AppointmentView, description: 'The booked appointment.' })
  @ApiProblemResponses(403, 404, 409, 422)
  book(
    @Auth() auth: AuthContext,
    @Body() dto: BookAppointmentDto,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.booking.book(auth, dto, idempotencyKey?.slice(0, 200) || undefined);
  }

  @Get()
  @Authenticated(...EVERYONE)
  @Audited({ action: 'appointment.list', resourceType: 'appointment', patientIdsFrom: patientsOfPage })
  @ApiOperation({
    summary: 'Appointments',
    description:
      'Patients see their own, doctors theirs, front desk and admins all. Holds are listed only with `status=held` (live ones): front desk and admins see every hold, a patient their own, a doctor none.',
  })
  @ApiPageQuery()
  @ApiOkResponse({ type: AppointmentPageView, description: 'A page of appointments, earliest first.' })
  list(@Auth() auth: AuthContext, @Query() query: AppointmentListQuery) {
    return this.queries.list(auth, query);
  }

  @Get('queue')
  @Authenticated(Role.Receptionist, Role.Admin, Role.Doctor)
  @Audited({ action: 'appointment.queue', resourceType: 'appointment', patientIdsFrom: patientsOfQueue })
  @ApiOperation({
    summary: 'The front-desk queue',
    description: 'Checked-in patients of a clinic-local day in arrival order, with their waiting time.',
  })
  @ApiOkResponse({ type: [QueueEntryView], description: 'Who is waiting.' })
  queue(@Auth() auth: AuthContext, @Query() query: QueueQuery) {
    return this.queries.queue(auth, query.date);
  }

  @Get(':id')
  @Authenticated(...EVERYONE)
  @audited('appointment.read')
  @ApiOperation({ summary: 'An appointment' })
  @ApiOkResponse({ type: AppointmentView, description: 'The appointment.' })
  @ApiProblemResponses(404)
  get(@Auth() auth: AuthContext, @IdParam('id') id: string) {
    return this.queries.get(auth, id);
  }

  @Get(':id/history')
  @Authenticated(...EVERYONE)
  @Audited({ action: 'appointment.history', resourceType: 'appointment', resourceIdParam: 'id' })
  @ApiOperation({ summary: 'Every change of an appointment: who, when, from, to, why' })
  @ApiOkResponse({ type: [TransitionView], description: 'Oldest first.' })
  @ApiProblemResponses(404)
  history(@Auth() auth: AuthContext, @IdParam('id') id: string) {
    return this.queries.history(auth, id);
  }

  @Post(':id/release')
  @Authenticated(...BOOKERS)
  @HttpCode(HttpStatus.OK)
  @audited('appointment.release')
  @ApiOperation({
    summary: 'Release a hold',
    description:
      'Front desk and admins release any hold, a patient their own; the slot is free to others at once. Only holds: a booked appointment is 404 here.',
  })
  @ApiOkResponse({ type: AppointmentView, description: 'The hold as it was before it was released.' })
  @ApiProblemResponses(403, 404)
  release(@Auth() auth: AuthContext, @IdParam('id') id: string) {
    return this.booking.release(auth, id);
  }

  @Patch(':id')
  @Authenticated(Role.Patient, Role.Receptionist, Role.Admin)
  @audited('appointment.reschedule')
  @ApiOperation({
    summary: 'Reschedule to another free slot',
    description: 'Atomic: the new slot is taken and the old freed, or nothing changes.',
  })
  @ApiOkResponse({ type: AppointmentView, description: 'The moved appointment, same id.' })
  @ApiProblemResponses(403, 404, 409, 422)
  reschedule(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: RescheduleAppointmentDto) {
    return this.lifecycle.reschedule(auth, id, dto);
  }

  @Post(':id/confirm')
  @Authenticated(Role.Doctor, Role.Receptionist, Role.Admin)
  @HttpCode(HttpStatus.OK)
  @audited('appointment.confirm')
  @ApiOperation({ summary: 'Confirm' })
  @ApiOkResponse({ type: AppointmentView, description: 'Confirmed.' })
  @ApiProblemResponses(403, 404, 409)
  confirm(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: TransitionDto) {
    return this.lifecycle.transition(auth, id, 'confirm', dto);
  }

  @Post(':id/check-in')
  @Authenticated(Role.Receptionist, Role.Admin)
  @HttpCode(HttpStatus.OK)
  @audited('appointment.check_in')
  @ApiOperation({
    summary: 'Check the patient in',
    description:
      'Only on the appointment’s own day in the clinic’s time zone (from local midnight; arriving late that day is fine); on another day 422 `APPOINTMENT.CHECK_IN_NOT_TODAY`.',
  })
  @ApiOkResponse({ type: AppointmentView, description: 'Checked in.' })
  @ApiProblemResponses(403, 404, 409, 422)
  checkIn(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: TransitionDto) {
    return this.lifecycle.transition(auth, id, 'check_in', dto);
  }

  @Post(':id/start')
  @Authenticated(Role.Doctor, Role.Admin)
  @HttpCode(HttpStatus.OK)
  @audited('appointment.start')
  @ApiOperation({ summary: 'Start the visit' })
  @ApiOkResponse({ type: AppointmentView, description: 'In progress.' })
  @ApiProblemResponses(403, 404, 409)
  start(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: TransitionDto) {
    return this.lifecycle.transition(auth, id, 'start', dto);
  }

  @Post(':id/complete')
  @Authenticated(Role.Doctor, Role.Admin)
  @HttpCode(HttpStatus.OK)
  @audited('appointment.complete')
  @ApiOperation({ summary: 'Complete the visit' })
  @ApiOkResponse({ type: AppointmentView, description: 'Completed.' })
  @ApiProblemResponses(403, 404, 409)
  complete(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: TransitionDto) {
    return this.lifecycle.transition(auth, id, 'complete', dto);
  }

  @Post(':id/cancel')
  @Authenticated(Role.Patient, Role.Receptionist, Role.Admin)
  @HttpCode(HttpStatus.OK)
  @audited('appointment.cancel')
  @ApiOperation({
    summary: 'Cancel',
    description: 'Patients only before the type’s cut-off; staff any time, with a reason.',
  })
  @ApiOkResponse({ type: AppointmentView, description: 'Cancelled.' })
  @ApiProblemResponses(403, 404, 409, 422)
  cancel(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: CancelAppointmentDto) {
    return this.lifecycle.transition(auth, id, 'cancel', dto);
  }

  @Post(':id/no-show')
  @Authenticated(Role.Doctor, Role.Receptionist, Role.Admin)
  @HttpCode(HttpStatus.OK)
  @audited('appointment.no_show')
  @ApiOperation({ summary: 'Mark as no-show', description: 'Only after the start time.' })
  @ApiOkResponse({ type: AppointmentView, description: 'Marked.' })
  @ApiProblemResponses(403, 404, 409, 422)
  noShow(@Auth() auth: AuthContext, @IdParam('id') id: string, @Body() dto: TransitionDto) {
    return this.lifecycle.transition(auth, id, 'no_show', dto);
  }
}
