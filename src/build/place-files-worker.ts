// Places files (see place-files.ts): the [from, to] pairs it is started with, one after another.
import { workerData } from 'node:worker_threads';
import { placeFile } from './place-files.ts';

for (const [from, to] of workerData as [string, string][]) placeFile(from, to);
