import { Injectable } from '@nestjs/common';

/**
 * The current time for rules that schedule or expire things (webhook retries, secret
 * rotation, SLA clocks). Inject it rather than calling `new Date()`, so that a test can move
 * time forward (`jest.spyOn(app.get(Clock), 'now')`) instead of waiting real minutes.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
