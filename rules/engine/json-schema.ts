import { z } from 'zod';
import { PackSchema } from './schema.ts';

/** The JSON Schema of a pack file, as committed in schema/pack.schema.json. */
export function packJsonSchema(): string {
  const schema = z.toJSONSchema(PackSchema, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, $id: 'https://postcoach.dev/schema/pack.schema.json', title: 'Postcoach rule pack' }, null, 2)}\n`;
}
