import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';

import { ALL_ROLES, Role } from '@healthsync/contracts/auth';
import { PageQuery } from '@healthsync/contracts/common';
import {
  DeliveryListQuery,
  NotificationListQuery,
  NotificationPreferencesDto,
  PushSubscriptionDto,
  RemovePushSubscriptionDto,
} from '@healthsync/contracts/notifications';

import { Auth, Authenticated } from '../../common/auth/access.decorators';
import type { AuthContext } from '../../common/auth/auth-context';
import { ApiPageQuery } from '../../common/openapi/api-page-query.decorator';
import { ApiProblemResponses } from '../../common/openapi/api-problem-responses.decorator';
import { IdParam, SerialIdParam } from '../../common/validation/id-param';
import { Audited } from '../audit/audited.decorator';
import { TokenService } from '../auth/token.service';
import { DeliveryLedgerService } from './delivery/delivery-ledger.service';
import { ParkedEventsService } from './dispatch/parked-events.service';
import {
  DeliveryPageView,
  LiveTicketView,
  NotificationPageView,
  ParkedEventPageView,
  PreferencesView,
  UnreadCountView,
} from './notifications.responses';
import { NotificationsService } from './notifications.service';

const EVERYONE = ALL_ROLES as [Role, ...Role[]];

@ApiTags('notifications')
@Controller('notifications')
@Authenticated(...EVERYONE)
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly tokens: TokenService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'My notifications, newest first' })
  @ApiPageQuery()
  @ApiOkResponse({ type: NotificationPageView, description: 'A page of notifications.' })
  list(@Auth() auth: AuthContext, @Query() query: NotificationListQuery) {
    return this.notifications.list(auth, query);
  }

  @Get('unread-count')
  @ApiOperation({ summary: 'How many of my notifications are unread' })
  @ApiOkResponse({ type: UnreadCountView, description: 'The count.' })
  unreadCount(@Auth() auth: AuthContext) {
    return this.notifications.unreadCount(auth);
  }

  @Post('live-ticket')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'A 60-second ticket to open the live Socket.io connection',
    description:
      'For browsers that hold their session in an httpOnly cookie: pass the ticket as `auth.token` in the ' +
      'handshake of the `/notifications` namespace. It is refused by every HTTP endpoint, and with the session.',
  })
  @ApiOkResponse({ type: LiveTicketView, description: 'The ticket and when it expires.' })
  liveTicket(@Auth() auth: AuthContext): LiveTicketView {
    const { token, expiresAt } = this.tokens.issueLiveTicket(auth.userId, auth.role, auth.sessionId);
    return { ticket: token, expiresAt: expiresAt.toISOString() };
  }

  @Post('read-all')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiNoContentResponse({ description: 'Done.' })
  async markAllRead(@Auth() auth: AuthContext): Promise<void> {
    await this.notifications.markAllRead(auth);
  }

  @Post(':id/read')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiNoContentResponse({ description: 'Done.' })
  @ApiProblemResponses(404)
  async markRead(@Auth() auth: AuthContext, @IdParam('id') id: string): Promise<void> {
    await this.notifications.markRead(auth, id);
  }

  @Get('preferences')
  @ApiOperation({ summary: 'My channels per category, consent and quiet hours' })
  @ApiOkResponse({ type: PreferencesView, description: 'The preferences (defaults until changed).' })
  preferences(@Auth() auth: AuthContext) {
    return this.notifications.getPreferences(auth);
  }

  @Put('preferences')
  @ApiOperation({
    summary: 'Change my channels, consent and quiet hours',
    description: 'Security notices always go in-app and by email.',
  })
  @ApiOkResponse({ type: PreferencesView, description: 'The saved preferences.' })
  savePreferences(@Auth() auth: AuthContext, @Body() dto: NotificationPreferencesDto) {
    return this.notifications.savePreferences(auth, dto);
  }

  @Post('push-subscriptions')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Register this browser for Web Push',
    description:
      'The endpoint must be an https URL of a public push service (no private, loopback or link-local address, standard port). It belongs to the user who registered it: registering it again renews its keys; another user gets 409 until the owner removes it.',
  })
  @ApiNoContentResponse({ description: 'Registered.' })
  @ApiProblemResponses(409)
  async subscribe(@Auth() auth: AuthContext, @Body() dto: PushSubscriptionDto): Promise<void> {
    await this.notifications.addPushSubscription(auth, dto);
  }

  @Delete('push-subscriptions')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Stop Web Push to a browser' })
  @ApiNoContentResponse({ description: 'Removed (or was not there).' })
  async unsubscribe(@Auth() auth: AuthContext, @Body() dto: RemovePushSubscriptionDto): Promise<void> {
    await this.notifications.removePushSubscription(auth, dto.endpoint);
  }
}

@ApiTags('admin')
@Controller('admin/notifications/deliveries')
@Authenticated(Role.Admin)
export class NotificationDeliveriesController {
  constructor(private readonly ledger: DeliveryLedgerService) {}

  @Get()
  @Audited({ action: 'notification_delivery.list', resourceType: 'notification_delivery' })
  @ApiOperation({
    summary: 'Delivery attempts by status and channel',
    description: 'Failed ones are the ones to look at.',
  })
  @ApiPageQuery()
  @ApiOkResponse({ type: DeliveryPageView, description: 'A page of deliveries.' })
  list(@Query() query: DeliveryListQuery) {
    return this.ledger.list(query);
  }

  @Post(':id/retry')
  @Audited({
    action: 'notification_delivery.retry',
    resourceType: 'notification_delivery',
    resourceIdParam: 'id',
  })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Retry a failed delivery now' })
  @ApiNoContentResponse({ description: 'Queued again.' })
  @ApiProblemResponses(404)
  async retry(@IdParam('id') id: string): Promise<void> {
    await this.ledger.retry(id);
  }
}

@ApiTags('admin')
@Controller('admin/notifications/parked-events')
@Authenticated(Role.Admin)
export class ParkedEventsController {
  constructor(private readonly parkedEvents: ParkedEventsService) {}

  @Get()
  @Audited({ action: 'outbox_event.list_parked', resourceType: 'outbox_event' })
  @ApiOperation({
    summary: 'Domain events parked after their last failed attempt',
    description:
      'An event whose notifications could not be made is retried with a growing wait, then parked here; the events behind it go on.',
  })
  @ApiPageQuery()
  @ApiOkResponse({
    type: ParkedEventPageView,
    description: 'A page of parked events, most recently parked first.',
  })
  list(@Query() query: PageQuery) {
    return this.parkedEvents.list(query);
  }

  @Post(':id/retry')
  @Audited({ action: 'outbox_event.retry', resourceType: 'outbox_event', resourceIdParam: 'id' })
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Retry a parked event now, with a fresh count of attempts' })
  @ApiParam({
    name: 'id',
    schema: { type: 'string', pattern: '^[1-9][0-9]{0,17}$' },
    description: 'The event.',
  })
  @ApiNoContentResponse({ description: 'Queued again.' })
  @ApiProblemResponses(404)
  async retry(@SerialIdParam('id') id: string): Promise<void> {
    await this.parkedEvents.retry(id);
  }
}
