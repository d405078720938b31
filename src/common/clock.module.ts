import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** One Clock for the whole application, so that a test that moves it moves it everywhere. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
