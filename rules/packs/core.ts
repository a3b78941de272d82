/** The shipped core pack for the browser bundles (Node reads the YAML file through rules/engine/node.ts). */
import { parsePack, type Pack } from '../engine/index.ts';
import coreSource from './core.yaml?raw';

export const corePack: Pack = parsePack(coreSource, 'core.yaml');
