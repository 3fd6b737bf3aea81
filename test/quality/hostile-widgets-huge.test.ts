/**
 * Quality gate "hostile input", widgets (3/3): the hand-written 10 MB cases of hostile-cases.ts (10 MB titles,
 * labels, cells and lines) in every view of <inn-indicator>: each ends in a view or a clear error. The time box
 * is wide (30 s per view) so that this only catches hangs: how long a 10 MB label freezes the page is the
 * business of hostile-data.test.ts ("no text in a Dataset is longer than …"), which fails deterministically.
 */
import { handWrittenSuite, useHostileHarness } from './hostile-harness.js';

const harness = useHostileHarness();

handWrittenSuite('quality: 10 MB texts in <inn-indicator>', (name) => /10 MB/.test(name), harness.host, 30000);
