import type {
  ChannelName,
  NotificationChannel,
  OutgoingNotification,
} from '../channels/notification-channel';

/** A channel that keeps what it is given, or fails with `failWith` while that is set. */
export class RecordingChannel implements NotificationChannel {
  readonly delivered: OutgoingNotification[] = [];
  failWith: Error | null = null;

  constructor(readonly name: ChannelName) {}

  async deliver(notification: OutgoingNotification): Promise<void> {
    if (this.failWith) throw this.failWith;
    this.delivered.push(notification);
  }
}

/** One recording channel for each channel the delivery worker sends on. */
export function recordingChannels() {
  return {
    email: new RecordingChannel('email'),
    sms: new RecordingChannel('sms'),
    push: new RecordingChannel('push'),
  };
}
