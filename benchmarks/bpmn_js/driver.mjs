// bpmn-js's modeler in a headless Chromium, timed on the runner's command (benchmarks/theirs.py).
//
// Usage: node driver.mjs CHROMIUM
// Serves bpmn-js (from this folder's node_modules) and the file to open from 127.0.0.1, opens
// the page in CHROMIUM (the system's browser, driven by playwright-core; nothing is downloaded)
// and answers one JSON command per line of stdin with one JSON line, in seconds. Every figure
// is taken in the page (performance.now) and runs until the frame that shows the result:
//   {"do": "open", "args": [FILE]} -> {"import": s, "first_frame": s, "open": s}
//       a new modeler imports the file's XML (fetched before the clock starts) and paints it
//   {"do": "move", "args": [ID, DX]} -> {"move": s}  moves the shape by DX (modeling.moveElements)
//   {"do": "undo"}                   -> {"undo": s}  undoes the last command
//   {"do": "pan"}                    -> {"pan": s}   scrolls the canvas a third of its width
//   {"do": "memory"}                 -> {"rss_mb": n} resident memory of the browser's processes
//   {"do": "quit"}

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = join(HERE, 'node_modules', 'bpmn-js', 'dist');
const WIDTH = 1400;
const HEIGHT = 860;
const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/dist/assets/diagram-js.css">
<link rel="stylesheet" href="/dist/assets/bpmn-js.css">
<link rel="stylesheet" href="/dist/assets/bpmn-font/css/bpmn.css">
<style>html, body, #canvas { margin: 0; width: 100%; height: 100%; }</style>
<script src="/dist/bpmn-modeler.production.min.js"></script></head>
<body><div id="canvas"></div></body></html>`;

let file = null;
const server = createServer(async (request, response) => {
  try {
    const url = new URL(request.url, 'http://127.0.0.1');
    let body;
    if (url.pathname === '/') {
      body = PAGE;
    } else if (url.pathname === '/file.bpmn') {
      body = await readFile(file);
    } else if (url.pathname.startsWith('/dist/')) {
      const path = normalize(join(DIST, url.pathname.slice('/dist/'.length)));
      if (!path.startsWith(DIST)) {
        throw new Error('outside');
      }
      body = await readFile(path);
    } else {
      throw new Error('unknown');
    }
    const type = url.pathname.endsWith('.css') ? 'text/css' : url.pathname.endsWith('.js')
      ? 'text/javascript' : url.pathname === '/' ? 'text/html' : 'application/octet-stream';
    response.writeHead(200, { 'content-type': type });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.argv[2],
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
await page.goto(origin + '/');

/** In the page: resolves once the frame after the current task has been painted. */
const FRAME = 'new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))';

async function open(path) {
  file = path;
  return page.evaluate(async (frame) => {
    if (window.modeler) {
      window.modeler.destroy();
    }
    const xml = await (await fetch('/file.bpmn')).text();
    window.modeler = new BpmnJS({ container: '#canvas' });
    const start = performance.now();
    await window.modeler.importXML(xml);
    const imported = performance.now();
    await eval(frame);
    const painted = performance.now();
    return { import: (imported - start) / 1000, first_frame: (painted - imported) / 1000,
      open: (painted - start) / 1000 };
  }, FRAME);
}

async function timed(action, args) {
  return page.evaluate(async ([body, frame, args]) => {
    const modeler = window.modeler;
    const start = performance.now();
    new Function('modeler', 'args', body)(modeler, args);
    await eval(frame);
    return (performance.now() - start) / 1000;
  }, [action, FRAME, args]);
}

const MOVE = `const shape = modeler.get('elementRegistry').get(args[0]);
  modeler.get('modeling').moveElements([shape], { x: args[1], y: 0 });`;
const UNDO = `modeler.get('commandStack').undo();`;
const PAN = `const canvas = modeler.get('canvas'); window.panSign = -(window.panSign || 1);
  canvas.scroll({ dx: window.panSign * Math.round(canvas.getSize().width / 3), dy: 0 });`;

/** Resident memory of the browser's processes (every descendant of this one: the browser, its
 * renderer, GPU and utility processes), summed, in MB; shared pages count once per process. */
function memory() {
  const pid = process.pid;
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=']).toString();
  const rows = out.trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number));
  const tree = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [child, parent] of rows) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child);
        grew = true;
      }
    }
  }
  const kb = rows.filter(([child]) => child !== pid && tree.has(child)).reduce((sum, row) => sum + row[2], 0);
  return { rss_mb: kb / 1024 };
}

const commands = {
  open,
  move: async (id, dx) => ({ move: await timed(MOVE, [id, dx]) }),
  undo: async () => ({ undo: await timed(UNDO, []) }),
  pan: async () => ({ pan: await timed(PAN, []) }),
  memory: async () => memory(),
};

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line);
  if (command.do === 'quit') {
    break;
  }
  let answer;
  try {
    answer = await commands[command.do](...(command.args || []));
  } catch (error) {
    answer = { error: String(error).split('\n')[0] };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
}
await browser.close();
server.close();
process.exit(0);
