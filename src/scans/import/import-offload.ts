import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CbomConversion, convertCbom } from './convert-cbom';
import type { ConversionResult, ConversionTask } from './import-worker';

type Pending = { resolve: (result: CbomConversion) => void; reject: (error: Error) => void };

/**
 * One worker thread for the CPU-heavy part of large CBOM imports (cbomToFindings and
 * normaliseFindings: about a second for a 6.5 MB CBOM of 4,000 components), so that the event
 * loop keeps answering other requests meanwhile. One thread: the service is sized for two cores
 * and the event loop needs the other. Tasks queue in the worker's port; their number is bounded
 * by the body budget, since each holds its request's body. If the thread fails, the task is
 * converted on the event loop instead, as before: the import still gets its answer.
 */
export class ImportOffload {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /** The conversion of the CBOM held at `key` in the request body `text`. */
  async convert(text: string, key: string, cbom: unknown): Promise<CbomConversion> {
    try {
      return await this.run({ id: this.nextId++, text, key });
    } catch {
      return convertCbom(cbom);
    }
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private run(task: ConversionTask): Promise<CbomConversion> {
    const worker = this.started();
    return new Promise<CbomConversion>((resolve, reject) => {
      this.pending.set(task.id, { resolve, reject });
      // Referenced only while it has work: an idle worker must not keep the process alive.
      if (this.pending.size === 1) worker.ref();
      worker.postMessage(task);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.unref();
    worker.on('message', (result: ConversionResult) => {
      const task = this.pending.get(result.id);
      this.pending.delete(result.id);
      if (this.pending.size === 0) worker.unref();
      if (!task) return;
      const { id: _id, ...conversion } = result;
      if (conversion.kind === 'failed') task.reject(new Error(conversion.message));
      else task.resolve(conversion);
    });
    const fail = (error: Error): void => {
      if (this.worker === worker) this.worker = null;
      for (const task of this.pending.values()) task.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`import worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }
}

/**
 * The compiled entry beside this file; when the service runs from its TypeScript sources (the
 * tests), the worker compiles the modules it loads with swc, as the test runner does.
 */
function startWorker(): Worker {
  const entry = join(__dirname, `import-worker${extname(__filename)}`);
  if (extname(__filename) !== '.ts') return new Worker(entry);
  const swc = require.resolve('@swc/core');
  const bootstrap = `
    const { readFileSync } = require('node:fs');
    const swc = require(${JSON.stringify(swc)});
    const options = {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    };
    require.extensions['.ts'] = (module, filename) => {
      const source = readFileSync(filename, 'utf8');
      module._compile(swc.transformSync(source, { ...options, filename }).code, filename);
    };
    require(${JSON.stringify(entry)});
  `;
  return new Worker(bootstrap, { eval: true });
}

/** The process's one import worker, started on the first large CBOM. */
export const importOffload = new ImportOffload();
