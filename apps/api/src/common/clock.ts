import { Injectable } from '@nestjs/common';

/** The time, injectable so that time-driven work (reminders) is tested without waiting. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
