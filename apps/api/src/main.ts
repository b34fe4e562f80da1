import 'reflect-metadata';
import { createLogger, loadConfig } from '@gov/config';
import { createApi, DOCS_PATH } from './create-api.js';
import { webDir } from './ui/web-app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config, 'Api');
  const app = await createApi(config, logger);
  await app.listen({ port: config.http.port, host: config.http.host });

  const base = config.publicUrl;
  logger.log(`API listening on ${base}`);
  if (webDir(config)) logger.log(`Web UI on ${base}/app/ (sign in with an API token${config.auth.oidc?.ui ? ' or the organization account' : ''})`);
  logger.log(`OpenAPI docs on ${base}/${DOCS_PATH} (JSON at ${base}/${DOCS_PATH}-json)`);
  logger.log(`Health on ${base}/health`);
  if (config.temporal.uiUrl) logger.log(`Temporal Web UI on ${config.temporal.uiUrl}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
