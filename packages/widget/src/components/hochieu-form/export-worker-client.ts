/**
 * The page's side of the export worker (export-worker.ts). One worker per
 * page, created on first use or when the citizen reaches the review step
 * (`warm`), from the widget's own origin: the URL is relative to this module
 * (a URL relative to this module's own), which bundlers turn into a same-origin
 * chunk, so a host policy of `worker-src 'self'` (or, without `worker-src`,
 * `script-src 'self'`) allows it. Jobs carry Blobs, and the answer is a
 * Blob: nothing large is copied between the threads.
 *
 * When the worker cannot start (the host's Content Security Policy forbids
 * workers, the browser has no module workers, or the chunk fails to load
 * before docgen is ready), `available()` becomes false for the page and
 * `run` answers `null`: the adapter then runs the job on the main thread, in
 * steps (export-adapter.ts). A worker that dies during a job fails that job
 * with a `render` failure; the next job starts a new one.
 */
import type { ExportJob, ExportJobResult } from './export-job.js';

type State = 'idle' | 'starting' | 'ready' | 'unavailable';

interface Pending {
  resolve: (result: ExportJobResult | null) => void;
}

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

/** The Trusted Types policy name a host lists in `trusted-types` when it restricts policy names. */
export const WORKER_POLICY = 'hochieu-export-worker';

let policy: ScriptUrlPolicy | null = null;

/**
 * The worker's URL as a TrustedScriptURL where the page enforces Trusted
 * Types (`require-trusted-types-for 'script'`), else as it is. The policy
 * only passes the export worker's own file from this module's origin.
 */
function trustedWorkerUrl(url: string): string {
  const factory = (globalThis as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  if (!factory) return url;
  policy ??= factory.createPolicy('hochieu-export-worker', {
    createScriptURL: (value: string) => {
      const parsed = new URL(value);
      if (parsed.origin !== new URL(import.meta.url).origin || !/\/export-worker[^/]*\.[jt]s$/u.test(parsed.pathname)) {
        throw new TypeError(`${WORKER_POLICY}: refusing script URL ${value}`);
      }
      return value;
    },
  });
  return policy.createScriptURL(url) as string;
}

/**
 * Stands in for `Worker` in the factory below: the same constructor call,
 * with the URL passed through the Trusted Types policy first. The call keeps
 * the literal form of a worker made from a URL relative to this module, the
 * form by which Vite finds the worker and emits it as a chunk of its own.
 */
function TrustedWorker(url: URL | string, options?: WorkerOptions): Worker {
  return new globalThis.Worker(trustedWorkerUrl(String(url)), options);
}

/** Makes the worker; replaceable for tests (e.g. to act as a page whose policy forbids workers). */
export const exportWorkerFactory: { create: () => Worker } = {
  create: () => {
    const Worker = TrustedWorker as unknown as typeof globalThis.Worker;
    return new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module', name: 'hochieu-export' });
  },
};

class ExportWorkerClient {
  private worker: Worker | null = null;
  private state: State = 'idle';
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readyWaiters: ((ok: boolean) => void)[] = [];
  /** The current worker was asked to load its fonts. */
  private warmed = false;
  /** Jobs the worker answered on this page (tests, diagnostics). */
  completed = 0;

  /** false once the worker could not start on this page. */
  available(): boolean {
    return this.state !== 'unavailable' && typeof Worker === 'function';
  }

  /** Starts the worker and has it load the fonts (the review step: the first export then waits for nothing). */
  warm(): void {
    const worker = this.start();
    if (!worker || this.warmed) return;
    this.warmed = true;
    worker.postMessage({ type: 'warm' });
  }

  /** Runs a job in the worker; null when workers cannot run here (the caller falls back). */
  async run(job: ExportJob): Promise<ExportJobResult | null> {
    const worker = this.start();
    if (!worker || !(await this.ready())) return null;
    const id = this.nextId++;
    return new Promise<ExportJobResult | null>((resolve) => {
      this.pending.set(id, { resolve });
      try {
        worker.postMessage({ type: 'job', id, job });
      } catch (error) {
        this.pending.delete(id);
        resolve({ ok: false, stage: 'render', message: error instanceof Error ? error.message : String(error), issues: [], descriptions: [] });
      }
    });
  }

  /** Stops the worker (tests; a page that leaves). Pending jobs fail. */
  reset(): void {
    this.worker?.terminate();
    this.worker = null;
    this.state = 'idle';
    this.failPending('export worker stopped');
    for (const w of this.readyWaiters) w(false);
    this.readyWaiters = [];
  }

  private ready(): Promise<boolean> {
    if (this.state === 'ready') return Promise.resolve(true);
    if (this.state === 'unavailable') return Promise.resolve(false);
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  private start(): Worker | null {
    if (this.worker) return this.worker;
    if (!this.available()) return null;
    let worker: Worker;
    try {
      worker = exportWorkerFactory.create();
    } catch {
      // A SecurityError from the host's policy, or no module workers.
      this.giveUp();
      return null;
    }
    this.worker = worker;
    this.warmed = false;
    this.state = 'starting';
    worker.addEventListener('message', (event: MessageEvent) => this.onMessage(event));
    worker.addEventListener('error', (event: Event) => {
      event.preventDefault();
      if (this.state === 'starting') this.giveUp();
      else this.crashed('export worker error');
    });
    worker.addEventListener('messageerror', () => this.crashed('export worker message error'));
    return worker;
  }

  private onMessage(event: MessageEvent): void {
    const data = event.data as { type?: unknown; id?: unknown; result?: ExportJobResult } | null;
    if (data?.type === 'ready') {
      this.state = 'ready';
      for (const w of this.readyWaiters) w(true);
      this.readyWaiters = [];
      return;
    }
    if (data?.type === 'result' && typeof data.id === 'number' && data.result) {
      const p = this.pending.get(data.id);
      this.pending.delete(data.id);
      this.completed++;
      p?.resolve(data.result);
    }
  }

  /** The worker never became ready: workers are not possible on this page. */
  private giveUp(): void {
    this.worker?.terminate();
    this.worker = null;
    this.state = 'unavailable';
    for (const w of this.readyWaiters) w(false);
    this.readyWaiters = [];
    // Jobs already posted run again on the main thread.
    for (const p of this.pending.values()) p.resolve(null);
    this.pending.clear();
  }

  /** A worker that was ready died: its jobs fail, the next job starts a new worker. */
  private crashed(message: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.state = 'idle';
    this.failPending(message);
  }

  private failPending(message: string): void {
    for (const p of this.pending.values()) p.resolve({ ok: false, stage: 'render', message, issues: [], descriptions: [] });
    this.pending.clear();
  }
}

/** The page's export worker. */
export const exportWorker = new ExportWorkerClient();
