/// <reference lib="webworker" />
// Parses and validates a large dataset off the main thread, so the page stays responsive while
// tens of thousands of records are checked. Answers with the validated data or the problems
// the error screen names (errors do not survive structured cloning as classes).
import { DatasetError } from './dataset-error';
import { fileName, type DataFileKey } from './raw-dataset';
import { parseDataset } from './schema';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const reply = (message: WorkerReply) => postMessage(message);

addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const raw: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(event.data.texts)) {
    try {
      raw[key] = JSON.parse(text) as unknown;
    } catch (error) {
      const detail = error instanceof Error ? error.message : '';
      reply({ ok: false, error: { kind: 'json', file: fileName(key as DataFileKey), detail } });
      return;
    }
  }
  try {
    reply({ ok: true, data: parseDataset(raw) });
  } catch (error) {
    if (error instanceof DatasetError)
      reply({ ok: false, error: { kind: 'dataset', problems: error.problems } });
    else reply({ ok: false, error: { kind: 'other', detail: String(error) } });
  }
});
