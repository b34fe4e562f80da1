import { ConsoleLogger, type LogLevel as NestLogLevel } from '@nestjs/common';
import type { AppConfig } from './app-config.js';

const order: NestLogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** The one structured logger of every process: JSON lines in production, text locally. */
export function createLogger(config: Pick<AppConfig, 'log'>, context: string): ConsoleLogger {
  const levels = order.slice(0, order.indexOf(config.log.level) + 1);
  return new ConsoleLogger(context, { logLevels: levels, json: config.log.format === 'json', colors: false });
}
