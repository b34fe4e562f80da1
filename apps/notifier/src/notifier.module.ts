import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@gov/config';
import { PersistenceModule } from '@gov/persistence';
import { OutboxDispatcher } from '@gov/notifications';

/**
 * Delivers the notification outbox. It runs apart from the Temporal worker so that deploying or
 * restarting workers never cuts an SMTP conversation or a webhook call in half; several notifiers
 * share the outbox through leases and SKIP LOCKED.
 */
@Module({})
export class NotifierModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: NotifierModule,
      imports: [ConfigModule.forRoot(config), PersistenceModule.forRoot('governance-notifier')],
      providers: [OutboxDispatcher],
    };
  }
}
