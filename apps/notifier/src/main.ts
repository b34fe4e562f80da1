import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { createLogger, loadConfig } from '@gov/config';
import { NotifierModule } from './notifier.module.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config, 'Notifier');
  const app = await NestFactory.createApplicationContext(NotifierModule.forRoot(config), { logger });
  // The dispatcher finishes the messages in hand before the process ends.
  app.enableShutdownHooks(['SIGINT', 'SIGTERM']);
  logger.log(config.mail.smtpUrl ? 'Notifier delivering the outbox over SMTP' : `Notifier writing mail to ${config.mail.dir} (no SMTP_URL)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
