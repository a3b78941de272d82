/** A training scenario: a risky post, its better version and notes for the trainer. */
import { z } from 'zod';
import { PLATFORMS, CATEGORY_IDS, type Category, type Platform } from '../rules/engine/index.ts';

export const MAX_SCENARIO_TEXT = 3000;

export const ScenarioFields = z
  .object({
    title: z.string().trim().min(1).max(200),
    platform: z.enum(PLATFORMS),
    bad: z.string().trim().min(1).max(MAX_SCENARIO_TEXT),
    good: z.string().trim().min(1).max(MAX_SCENARIO_TEXT),
    notes: z.string().trim().max(2000).optional(),
    category: z.enum(CATEGORY_IDS).optional(),
  })
  .strict();
export type ScenarioFields = z.infer<typeof ScenarioFields>;

export type ScenarioSource = 'pack' | 'file' | 'link';

export interface Scenario extends ScenarioFields {
  id: string;
  source: ScenarioSource;
  ruleId?: string;
}

export function scenarioOf(fields: ScenarioFields, id: string, source: ScenarioSource): Scenario {
  return { ...fields, id, source };
}

export type { Category, Platform };
