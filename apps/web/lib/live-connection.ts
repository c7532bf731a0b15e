import type { LiveTicket } from '@healthsync/contracts/notifications/notifications.responses';

/** What GET /live/ticket answers: a ticket and where to connect with it. */
export interface LiveConnection extends LiveTicket {
  /** The API's browser-facing base URL (PUBLIC_API_URL). */
  url: string;
}

export const LIVE_TICKET_PATH = '/live/ticket';
