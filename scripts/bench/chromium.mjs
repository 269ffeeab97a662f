// Headless Chromium for the benchmark, driven over the DevTools protocol on a
// pipe (--remote-debugging-pipe: no port, no extra dependency), and a static
// file server on 127.0.0.1 for the pages it loads. The browser is Debian's
// /usr/bin/chromium unless CHROME_PATH names another.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

export const chromePath = () => process.env.CHROME_PATH || '/usr/bin/chromium';

export class Chromium {
  static async launch(executable = chromePath()) {
    const profile = mkdtempSync(join(tmpdir(), 'hochieu-bench-chrome-'));
    const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'];
    const proc = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    const c = new Chromium(proc, profile);
    await c.send('Target.setDiscoverTargets', { discover: true });
    c.version = (await c.send('Browser.getVersion')).product;
    return c;
  }

  constructor(proc, profile) {
    this.proc = proc;
    this.profile = profile;
    this.nextId = 1;
    this.pending = new Map();
    this.listeners = new Set();
    this.buffer = '';
    proc.stderr.resume();
    proc.stdio[4].on('data', (chunk) => {
      this.buffer += chunk.toString('utf8');
      let end;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const message = JSON.parse(this.buffer.slice(0, end));
        this.buffer = this.buffer.slice(end + 1);
        const waiter = message.id !== undefined && this.pending.get(message.id);
        if (waiter) {
          this.pending.delete(message.id);
          if (message.error) waiter.reject(new Error(message.error.message));
          else waiter.resolve(message.result);
        } else if (message.method) {
          for (const l of this.listeners) l(message);
        }
      }
    });
    this.exited = new Promise((resolve) => proc.on('exit', resolve));
  }

  send(method, params = {}, sessionId) {
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.proc.stdio[3].write(message + '\0');
    });
  }

  /** Resolves with the first event `method` of `sessionId`. */
  once(method, sessionId) {
    return new Promise((resolve) => {
      const l = (m) => {
        if (m.method === method && m.sessionId === sessionId) {
          this.listeners.delete(l);
          resolve(m.params);
        }
      };
      this.listeners.add(l);
    });
  }

  async evaluate(sessionId, expression) {
    const r = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }

  /** A new tab with Page and Runtime enabled; returns its session id. */
  async newPage() {
    const { targetId } = await this.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send('Target.attachToTarget', { targetId, flatten: true });
    await this.send('Page.enable', {}, sessionId);
    await this.send('Runtime.enable', {}, sessionId);
    return sessionId;
  }

  /** Navigates and waits for the load event. */
  async goto(sessionId, url) {
    const loaded = this.once('Page.loadEventFired', sessionId);
    await this.send('Page.navigate', { url }, sessionId);
    await loaded;
  }

  /** Polls `expression` in the page until it is truthy. */
  async until(sessionId, expression, timeoutMs = 30000) {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const v = await this.evaluate(sessionId, expression);
      if (v) return v;
      if (Date.now() > end) throw new Error(`timeout waiting for ${expression.slice(0, 80)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async close() {
    try {
      await Promise.race([this.send('Browser.close'), new Promise((r) => setTimeout(r, 3000))]);
    } catch {
      // already gone
    }
    if (this.proc.exitCode === null) this.proc.kill();
    await Promise.race([this.exited, new Promise((r) => setTimeout(r, 3000))]);
    try {
      rmSync(this.profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    } catch {
      // Chromium may still be writing its profile; it is a temporary folder.
    }
  }
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json' };

/** Serves each mount (`'/prefix/' -> folder`) on 127.0.0.1 at a free port. */
export async function staticServer(mounts) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const dir = prefix ? mounts[prefix] : null;
    const file = dir ? normalize(join(dir, path.slice(prefix.length) || 'index.html')) : null;
    if (!file || !file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(readFileSync(file));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}
