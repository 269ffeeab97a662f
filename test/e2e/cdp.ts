// A minimal Chrome DevTools Protocol client over `--remote-debugging-pipe`
// (messages are JSON separated by NUL bytes on file descriptors 3 and 4), so
// the end-to-end tests can drive Debian's headless Chromium without a browser
// automation dependency. Only what the tests use: open a page, navigate,
// evaluate JavaScript, observe console errors, allow downloads.
import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

type Json = Record<string, unknown>;

interface Pending {
  resolve: (value: Json) => void;
  reject: (error: Error) => void;
}

export class Browser {
  private readonly child: ChildProcess;
  private readonly input: Writable;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(method: string, params: Json, sessionId?: string) => void>();
  private buffer = '';

  private constructor(child: ChildProcess) {
    this.child = child;
    this.input = child.stdio[3] as Writable;
    const output = child.stdio[4] as Readable;
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => this.receive(chunk));
  }

  static launch(executable = process.env['CHROME_PATH'] || '/usr/bin/chromium'): Browser {
    const child = spawn(
      executable,
      [
        '--headless',
        '--remote-debugging-pipe',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--no-default-browser-check',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-extensions',
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    return new Browser(child);
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\0')) >= 0) {
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 1);
      const message = JSON.parse(text) as { id?: number; result?: Json; error?: { message: string }; method?: string; params?: Json; sessionId?: string };
      if (message.id !== undefined) {
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.error) waiter?.reject(new Error(message.error.message));
        else waiter?.resolve(message.result ?? {});
      } else if (message.method) {
        for (const listener of this.listeners) listener(message.method, message.params ?? {}, message.sessionId);
      }
    }
  }

  send(method: string, params: Json = {}, sessionId?: string): Promise<Json> {
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.input.write(`${message}\0`);
    });
  }

  on(listener: (method: string, params: Json, sessionId?: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async newPage(): Promise<Page> {
    const { targetId } = (await this.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const page = new Page(this, sessionId, targetId);
    await page.init();
    return page;
  }

  async close(): Promise<void> {
    try {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([this.send('Browser.close'), new Promise((r) => (timer = setTimeout(r, 2000)))]);
      clearTimeout(timer);
    } catch {
      // already gone
    }
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
    this.input.destroy();
    (this.child.stdio[4] as Readable).destroy();
    this.child.unref();
  }
}

export class Page {
  readonly errors: string[] = [];
  private readonly browser: Browser;
  private readonly sessionId: string;
  readonly targetId: string;

  constructor(browser: Browser, sessionId: string, targetId: string) {
    this.browser = browser;
    this.sessionId = sessionId;
    this.targetId = targetId;
    browser.on((method, params, session) => {
      if (session !== this.sessionId) return;
      if (method === 'Runtime.consoleAPICalled' && params['type'] === 'error') {
        const args = (params['args'] as { value?: unknown; description?: string }[]) ?? [];
        this.errors.push(args.map((a) => String(a.value ?? a.description ?? '')).join(' '));
      } else if (method === 'Runtime.exceptionThrown') {
        const details = params['exceptionDetails'] as { exception?: { description?: string }; text?: string };
        this.errors.push(details.exception?.description ?? details.text ?? 'exception');
      }
    });
  }

  send(method: string, params: Json = {}): Promise<Json> {
    return this.browser.send(method, params, this.sessionId);
  }

  async init(): Promise<void> {
    await this.send('Page.enable');
    await this.send('Runtime.enable');
  }

  /** Navigates and waits for the load event. */
  async goto(url: string, timeoutMs = 15000): Promise<void> {
    const loaded = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        off();
        reject(new Error(`timeout loading ${url}`));
      }, timeoutMs);
      const off = this.browser.on((method, _params, session) => {
        if (session === this.sessionId && method === 'Page.loadEventFired') {
          clearTimeout(timer);
          off();
          resolve();
        }
      });
    });
    await this.send('Page.navigate', { url });
    await loaded;
  }

  /** Evaluates an async function body in the page and returns its JSON result. */
  async run<T>(body: string, timeoutMs = 20000): Promise<T> {
    const expression = `(async () => { ${body} })()`;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const result = (await Promise.race([
      this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true, userGesture: true }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timeout evaluating: ${body.slice(0, 80)}`)), timeoutMs);
      }),
    ]).finally(() => clearTimeout(timer))) as { result?: { value?: unknown }; exceptionDetails?: { exception?: { description?: string }; text?: string } };
    if (result.exceptionDetails) {
      throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text ?? 'evaluation failed');
    }
    return result.result?.value as T;
  }

  async allowDownloads(path: string): Promise<void> {
    await this.browser.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: path, eventsEnabled: true });
  }

  async close(): Promise<void> {
    await this.browser.send('Target.closeTarget', { targetId: this.targetId });
  }
}
