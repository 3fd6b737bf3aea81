#!/usr/bin/env node
/// <reference types="node" />
/**
 * The `innsikt-feeds` executable (package.json `bin`). All logic is in `cli.ts`.
 */
import { main } from './cli.js';

process.exit(await main(process.argv.slice(2)));
