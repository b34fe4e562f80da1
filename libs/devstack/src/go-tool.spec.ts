import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { MailpitNotFoundError, resolveMailpit } from './mailpit.js';
import { TemporalCliNotFoundError, resolveTemporalCli } from './temporal-cli.js';

describe('finding the Go tools (Temporal CLI, Mailpit)', () => {
  let toolsDir: string;
  const saved = { PATH: process.env.PATH, MAILPIT_PATH: process.env.MAILPIT_PATH, TEMPORAL_CLI_PATH: process.env.TEMPORAL_CLI_PATH };

  beforeEach(() => {
    toolsDir = mkdtempSync(path.join(os.tmpdir(), 'go-tools-'));
    // Nothing on PATH: neither the tools nor Go.
    process.env.PATH = path.join(toolsDir, 'empty');
    delete process.env.MAILPIT_PATH;
    delete process.env.TEMPORAL_CLI_PATH;
  });
  afterEach(() => {
    Object.assign(process.env, saved);
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    rmSync(toolsDir, { recursive: true, force: true });
  });

  it('says how to get Mailpit when it is nowhere and Go is missing', async () => {
    const found = resolveMailpit({ toolsDir });
    await expect(found).rejects.toThrow(MailpitNotFoundError);
    await expect(found).rejects.toThrow(/install Go .* builds Mailpit into \.tools\/bin;\n.*go install github\.com\/axllent\/mailpit@v1\.33\.1\n.*MAILPIT_PATH=\/path\/to\/mailpit.*\n.*set SMTP_URL/);
  });

  it('keeps the Temporal CLI’s advice', async () => {
    await expect(resolveTemporalCli({ toolsDir, build: false })).rejects.toThrow(TemporalCliNotFoundError);
    await expect(resolveTemporalCli({ toolsDir })).rejects.toThrow(/The Temporal CLI was not found[\s\S]*go install github\.com\/temporalio\/cli\/cmd\/temporal@v1\.5\.1[\s\S]*TEMPORAL_ADDRESS/);
  });

  it('takes the binary named by the environment, then the one in the tools folder', async () => {
    const bin = path.join(toolsDir, 'bin', 'mailpit');
    mkdirSync(path.dirname(bin), { recursive: true });
    writeFileSync(bin, '#!/bin/sh\n');
    chmodSync(bin, 0o755);
    await expect(resolveMailpit({ toolsDir })).resolves.toBe(bin);
    process.env.MAILPIT_PATH = path.join(toolsDir, 'missing');
    await expect(resolveMailpit({ toolsDir })).rejects.toThrow(`MAILPIT_PATH=${process.env.MAILPIT_PATH} is not an executable file`);
  });
});
