/**
 * Worker thread entry: converts a large CBOM import off the event loop. It reads the CBOM from
 * the request's JSON text itself, so that the event loop sends a string (a copy) instead of
 * serialising the parsed document, and gets back only the findings.
 */
import { parentPort } from 'node:worker_threads';
import { CbomConversion, convertCbom } from './convert-cbom';

export interface ConversionTask {
  id: number;
  /** The whole request body as JSON text, and the top-level key that holds the CBOM. */
  text: string;
  key: string;
}

export type ConversionResult =
  ({ id: number } & CbomConversion) | { id: number; kind: 'failed'; message: string };

parentPort?.on('message', (task: ConversionTask) => {
  let result: ConversionResult;
  try {
    const body = JSON.parse(task.text) as Record<string, unknown>;
    result = { id: task.id, ...convertCbom(body[task.key]) };
  } catch (error) {
    result = { id: task.id, kind: 'failed', message: (error as Error).message };
  }
  parentPort?.postMessage(result);
});
