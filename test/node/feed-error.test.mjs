// A FeedError quoting a hostile file stays readable: its message and each problem's path and sentence are cut to a
// length a reader (and a log) can take in, with "…", and every problem is kept.
// Run after `npm run build`: node --test test/node/feed-error.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';

const { FeedError } = await import('../../dist/lib/data/errors.js');

test('a FeedError quoting 60 000 characters of a file is cut, with every problem kept', () => {
  const quoted = `The header "${','.repeat(60000)}" has no region column.`;
  const err = new FeedError([
    { path: 'line 1', message: quoted },
    { path: `column ${'x'.repeat(5000)}`, message: 'empty' },
    { path: 'line 2', message: 'short' },
  ]);
  assert.ok(err.message.length <= 2000 + ' (and 2 more problems)'.length, `message of ${err.message.length} characters`);
  assert.match(err.message, /^line 1: The header ",,,/);
  assert.match(err.message, /… \(and 2 more problems\)$/);
  assert.equal(err.issues.length, 3);
  for (const i of err.issues) assert.ok(i.path.length <= 1000 && i.message.length <= 1000, JSON.stringify(i).slice(0, 80));
  assert.deepEqual(err.issues[2], { path: 'line 2', message: 'short' });
});
