import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@gov/config';
import { PersistenceModule } from '@gov/persistence';
import { OutboxDispatcher } from '@gov/notifications';
import { TemporalClientModule } from '@gov/temporal';
import { Reconciler } from './reconciler.js';

/**
 * Delivers the notification outbox. It runs apart from the Temporal worker so that deploying or
 * restarting workers never cuts an SMTP conversation or a webhook call in half; several notifiers
 * share the outbox through leases and SKIP LOCKED. It also runs the reconciler of workflow commands.
 */
@Module({})
export class NotifierModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: NotifierModule,
      imports: [ConfigModule.forRoot(config), PersistenceModule.forRoot('governance-notifier'), TemporalClientModule.forRoot()],
      // The reconciler delivers what the consistency protocol's senders left undelivered.
      providers: [OutboxDispatcher, Reconciler],
    };
  }
}
