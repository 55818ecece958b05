// What bpmn.io makes of BPMN files: bpmn-moddle import warnings and bpmnlint `recommended` reports.
//
// Usage: node check.mjs FILE...
// Prints one JSON object per file and line (JSON Lines), in the order of the arguments:
//   {"file", "parse_error": string|null,
//    "moddle": {"count", "warnings": [{"message", "kind", "element"}]},
//    "lint": {"errors", "warnings", "reports": [{"rule", "category", "id", "message", "path"}]}}
// `message` is the first line of the warning, `kind` the whole message without its line/column
// details (those move when a file is rewritten), `element` the id of the element concerned if any.
// All files run in this one process; the exit code is 0 unless a file could not be read.

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import { BpmnModdle } from 'bpmn-moddle';

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const ENCODING = /^<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/i;

/** Decodes a file as an XML parser would: BOM first, then the declared encoding, else UTF-8. */
function decodeXml(bytes) {
  let label = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    label = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    label = 'utf-16be';
  } else if (!(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    const match = ENCODING.exec(head);
    if (match) {
      label = match[1];
    }
  }
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function warningRecord(warning) {
  const message = String(warning.message || warning);
  return {
    message: message.split('\n')[0],
    kind: message
      .split('\n')
      .filter((line) => !/^\s*(line|column):/.test(line))
      .map((line) => line.trim())
      .join(' '),
    element: (warning.element && warning.element.id) || null
  };
}

function lintRecords(results) {
  const reports = [];
  for (const [rule, entries] of Object.entries(results)) {
    for (const entry of entries) {
      reports.push({
        rule,
        category: entry.category,
        id: entry.id || null,
        message: entry.message,
        path: entry.path || null
      });
    }
  }
  return reports;
}

async function check(file, moddle) {
  const xml = decodeXml(await readFile(file));
  const result = {
    file,
    parse_error: null,
    moddle: { count: 0, warnings: [] },
    lint: { errors: 0, warnings: 0, reports: [] }
  };
  let root;
  try {
    const parsed = await moddle.fromXML(xml);
    root = parsed.rootElement;
    result.moddle.warnings = (parsed.warnings || []).map(warningRecord);
  } catch (error) {
    result.parse_error = String(error.message).split('\n')[0];
    result.moddle.warnings = (error.warnings || []).map(warningRecord);
  }
  result.moddle.count = result.moddle.warnings.length;
  if (root) {
    // a fresh linter per file, as the bpmnlint CLI does: rules such as
    // no-duplicate-sequence-flows keep state for as long as their linter lives
    const linter = new Linter({
      config: { extends: 'bpmnlint:recommended' },
      resolver: new NodeResolver({ require })
    });
    const reports = lintRecords(await linter.lint(root));
    result.lint.reports = reports;
    result.lint.errors = reports.filter((r) => r.category === 'error').length;
    result.lint.warnings = reports.filter((r) => r.category === 'warn').length;
  }
  return result;
}

async function main(files) {
  const moddle = new BpmnModdle();
  let status = 0;
  for (const file of files) {
    try {
      process.stdout.write(JSON.stringify(await check(file, moddle)) + '\n');
    } catch (error) {
      process.stderr.write(`${file}: ${error.message}\n`);
      status = 1;
    }
  }
  return status;
}

process.exitCode = await main(process.argv.slice(2));
