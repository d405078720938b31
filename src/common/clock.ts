import { Injectable } from '@nestjs/common';

/** The time, injectable so that tests move it instead of sleeping. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
