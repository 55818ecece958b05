// bpmn-moddle's parse and write, timed on the runner's command (benchmarks/theirs.py).
//
// Usage: node moddle.mjs NODE_MODULES  (the folder that holds the pinned bpmn-moddle)
// Reads one JSON command per line on stdin and answers one JSON line each, in seconds:
//   {"do": "parse", "args": [FILE]} -> {"parse": s, "elements": n}   (the file is read before the clock starts)
//   {"do": "write"}                 -> {"write": s, "bytes": n}       (the last parsed definitions, indented)
//   {"do": "quit"}

import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const { BpmnModdle } = await import(pathToFileURL(join(process.argv[2], 'bpmn-moddle', 'dist', 'index.js')));
const moddle = new BpmnModdle();
let definitions = null;

async function parse(file) {
  const xml = await readFile(file, 'utf8');
  const start = performance.now();
  const result = await moddle.fromXML(xml);
  const parse = (performance.now() - start) / 1000;
  definitions = result.rootElement;
  return { parse, elements: Object.keys(result.elementsById).length };
}

async function write() {
  const start = performance.now();
  const { xml } = await moddle.toXML(definitions, { format: true });
  return { write: (performance.now() - start) / 1000, bytes: Buffer.byteLength(xml) };
}

const commands = { parse, write };
for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line);
  if (command.do === 'quit') {
    break;
  }
  let answer;
  try {
    answer = await commands[command.do](...(command.args || []));
  } catch (error) {
    answer = { error: String(error) };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
}
process.exit(0);
