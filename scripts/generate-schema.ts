/** Writes schema/pack.schema.json from the zod schema, so editors autocomplete packs via $schema. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packJsonSchema } from '../rules/engine/json-schema.ts';

export const SCHEMA_PATH = fileURLToPath(new URL('../schema/pack.schema.json', import.meta.url));

writeFileSync(SCHEMA_PATH, packJsonSchema());
console.log(`wrote ${SCHEMA_PATH}`);
