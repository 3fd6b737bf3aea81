// The validators generated from the JSON Schemas (scripts/generate-validators.mjs, Ajv standalone) are committed:
// they must be what the schemas give today, and must run without Ajv or dynamic code (a strict CSP forbids it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { VALIDATORS, generate } from '../../scripts/generate-validators.mjs';

for (const { schema, out, exports } of VALIDATORS) {
  test(`${out} is up to date with ${schema} (else run \`node scripts/generate-validators.mjs\`)`, async () => {
    const committed = await readFile(new URL(`../../${out}`, import.meta.url), 'utf8');
    assert.ok(committed === (await generate(schema, out, exports)), `${out} differs from what ${schema} gives`);
  });

  test(`${out} imports nothing and evaluates no code at run time`, async () => {
    const code = await readFile(new URL(`../../${out}`, import.meta.url), 'utf8');
    assert.doesNotMatch(code, /\bimport\s|\brequire\(|new Function|\beval\(/);
  });
}
