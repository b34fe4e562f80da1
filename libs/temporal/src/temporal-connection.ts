import { dataConverter } from './personal-data-guard.js';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { Client, type Connection } from '@temporalio/client';
import { ClosableConnection } from './closable-connection.js';
import { AppConfig } from '@gov/config';

/** Lazily connected, so the API starts (and reports Temporal as down) while the server is away. */
@Injectable()
export class TemporalConnection implements OnApplicationShutdown {
  readonly connection: Connection;
  readonly client: Client;
  private readonly closable: ClosableConnection;

  constructor(@Inject(AppConfig) readonly config: AppConfig) {
    this.closable = ClosableConnection.lazy({ address: config.temporal.address });
    this.connection = this.closable.connection;
    this.client = new Client({ connection: this.connection, namespace: config.temporal.namespace, dataConverter: dataConverter(config.temporal.payloadGuard) });
  }

  get taskQueue(): string {
    return this.config.temporal.taskQueue;
  }

  /** True when the frontend answers a namespace lookup within timeoutMs. */
  async ping(timeoutMs = 2_000): Promise<void> {
    await this.connection.withDeadline(Date.now() + timeoutMs, () =>
      this.connection.workflowService.describeNamespace({ namespace: this.config.temporal.namespace }),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.closable.close();
  }
}
