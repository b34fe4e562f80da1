import { readdirSync, readFileSync } from 'node:fs';
import { parseProgramTemplate, type ProgramTemplate } from './program-template.js';

/**
 * The folder of the built-in template files (`<key>.v<version>.json`), beside this library's
 * sources; the build copies it to the same place under dist/.
 */
export const TEMPLATE_DIR = new URL('../../templates/', import.meta.url);

/** The raw data of every built-in template file. */
export function builtInTemplateData(): { file: string; data: unknown }[] {
  return readdirSync(TEMPLATE_DIR)
    .filter((f) => /^[a-z][a-z0-9-]*\.v\d+\.json$/.test(f))
    .sort()
    .map((file) => ({ file, data: JSON.parse(readFileSync(new URL(file, TEMPLATE_DIR), 'utf8')) as unknown }));
}

let cached: readonly ProgramTemplate[] | undefined;

/** Every built-in template, validated and with its defaults; a broken file stops the process at start. */
export function builtInTemplates(): readonly ProgramTemplate[] {
  cached ??= builtInTemplateData().map(({ file, data }) => {
    const template = parseProgramTemplate(data);
    if (file !== `${template.key}.v${template.version}.json`) throw new Error(`Template file ${file} holds ${template.key} v${template.version}; name it ${template.key}.v${template.version}.json`);
    return template;
  });
  return cached;
}

/** A built-in template by key and version; the newest version without one. */
export function findTemplate(key: string, version?: number): ProgramTemplate | undefined {
  return builtInTemplates()
    .filter((t) => t.key === key && (version === undefined || t.version === version))
    .sort((a, b) => b.version - a.version)[0];
}
