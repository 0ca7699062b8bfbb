import type { Programme } from '../schema/programme.js';
import { belarusAndRegionProgrammes } from './programmes/belarus-and-region.js';
import { euWideProgrammes } from './programmes/eu-wide.js';

/** The programmes, EU-wide ones first (as before), each with its status for Belarus. */
export const programmes: Programme[] = [...euWideProgrammes, ...belarusAndRegionProgrammes];
