import { Global, Module } from '@nestjs/common';

import { MailService } from './mail.service';

/** `MailService` for every module; it reads `AppConfig` and `LOGGER`, which are global. */
@Global()
@Module({
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
