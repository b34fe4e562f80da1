import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS, runMigrations } from '@gov/persistence';

/** A fresh database per run, so migrations start from nothing. */
describe('migrations', () => {
  const name = `schema_${randomUUID().replace(/-/g, '')}`;
  let url: string;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    url = process.env.TEST_PG_ADMIN_URL!.replace(/\/postgres$/, `/${name}`);
  });

  afterAll(async () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('apply once even when several processes migrate at the same moment', async () => {
    const sources = await Promise.all([1, 2, 3].map(() => new DataSource(dataSourceOptions(url, 3)).initialize()));
    try {
      const applied = await Promise.all(sources.map((s) => runMigrations(s)));
      expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
    } finally {
      await Promise.all(sources.map((s) => s.destroy()));
    }
  });

  it('leave a schema that matches the entities exactly (nothing left to generate)', async () => {
    const source = await new DataSource(dataSourceOptions(url, 2)).initialize();
    try {
      const pending = await source.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await source.destroy();
    }
  });

  it('roll back cleanly and apply again', async () => {
    const source = await new DataSource(dataSourceOptions(url, 2)).initialize();
    try {
      for (let i = 0; i < MIGRATIONS.length; i++) await source.undoLastMigration();
      const tables = await source.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`);
      expect(tables).toEqual([]);
      expect(await runMigrations(source)).toHaveLength(MIGRATIONS.length);
    } finally {
      await source.destroy();
    }
  });
});
