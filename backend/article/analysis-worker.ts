/**
 * The analysis worker thread's entry: jobs in, replies out, one at a time. Built on its own to
 * dist/analysis-worker.js (scripts/build.mjs); see analysis-runner.ts.
 */
import { parentPort } from 'node:worker_threads';
import { runAnalysisJob, type AnalysisJob } from './analysis-job';

parentPort?.on('message', (job: AnalysisJob) => parentPort!.postMessage(runAnalysisJob(job)));
