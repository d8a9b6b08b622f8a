// Builds the elements once before the end-to-end files start, two at a time: each would otherwise
// find them stale and build them at the same moment.
import { ensureElementsBuilt } from '../src/ensure-elements-built.js';

await ensureElementsBuilt({ quiet: false });
