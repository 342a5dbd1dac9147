// `npm run dev`: serves the demo article on 127.0.0.1 and starts WXT's dev mode, which opens
// Chromium with the extension loaded on that page and reloads it as you edit.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { noDisplayMessage } from './dev-display.mjs';

const noDisplay = noDisplayMessage(process.platform, process.env);
if (noDisplay) {
  console.error(noDisplay);
  process.exit(1);
}

const root = join(import.meta.dirname, '..', 'demo');
const port = Number(process.env.KL_DEMO_PORT ?? 5183);

const server = createServer(async (req, res) => {
  const path = normalize(join(root, new URL(req.url ?? '/', 'http://x').pathname));
  let body;
  try {
    if (!path.startsWith(root)) throw new Error('outside the demo folder');
    body = await readFile(path);
  } catch {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Demo article: http://127.0.0.1:${port}/ketamine-news.html`);
  const wxt = spawn('npx', ['wxt', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, KL_DEMO_PORT: String(port) },
  });
  wxt.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
