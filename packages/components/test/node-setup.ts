// Before each Node test: format.ts's remembered texts are forgotten, so that no test reads a text
// an earlier test (or, in a mutation run, the unmutated code) wrote.
import { beforeEach } from 'vitest';
import { forgetFormatted } from '../src/shared/format.js';

beforeEach(() => forgetFormatted());
