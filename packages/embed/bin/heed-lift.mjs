#!/usr/bin/env node
// `heed-lift <events.jsonl>`: the same as `heed lift` (lift/cli.mjs).
import { runLift } from '../lift/cli.mjs';

process.exitCode = runLift(process.argv.slice(2));
