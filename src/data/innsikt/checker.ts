/**
 * The checks of the Innsikt feed v1 reader (schema: `feed-schema.json`). They mirror the JSON Schema so that a
 * strict-CSP page can validate without a schema compiler (Ajv generates code with `new Function`); a test runs both
 * over the same feeds to keep them in step.
 */
import { describe } from '../errors.js';
import { Checker as BaseChecker } from '../checker.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const MAX_TEXT = 5000;

export class Checker extends BaseChecker {
  text(v: unknown, path: string, required = false): string | undefined {
    if (v === undefined) {
      if (required) this.issues.error(path, 'is missing: a text is required here.');
      return undefined;
    }
    if (typeof v !== 'string') {
      this.issues.error(path, `expected a text, got ${describe(v)}.`);
      return undefined;
    }
    if (v.length === 0) this.issues.error(path, 'is empty.');
    else if (v.length > MAX_TEXT) this.issues.error(path, `is ${v.length} characters long; at most ${MAX_TEXT} are allowed.`);
    return v;
  }

  id(v: unknown, path: string, required = true): string | undefined {
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || !ID.test(v)) {
      this.issues.error(path, `expected an id (letters, digits, ".", "_", "-"; at most 64), got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }

  decimals(v: unknown, path: string): number | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 6) {
      this.issues.error(path, `expected a whole number from 0 to 6, got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }

  string(v: unknown, path: string): string | undefined {
    if (v === undefined) return undefined;
    if (typeof v !== 'string') {
      this.issues.error(path, `expected a text, got ${describe(v)}.`);
      return undefined;
    }
    return v;
  }
}
