/**
 * Quality gate "hostile input", widgets (2/3): the hand-written hostile feeds of hostile-cases.ts (wrong types,
 * NaN/Infinity, huge numbers, deep nesting, missing dimensions, mismatched sizes, duplicate cells, canaries)
 * in every view of <inn-indicator>. The 10 MB cases are in hostile-widgets-huge.test.ts: each test file must
 * finish within the runner's 5 minutes.
 */
import { handWrittenSuite, useHostileHarness } from './hostile-harness.js';

const harness = useHostileHarness();

handWrittenSuite('quality: hand-written hostile feeds in <inn-indicator>', (name) => !/10 MB/.test(name), harness.host);
