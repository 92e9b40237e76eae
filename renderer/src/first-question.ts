/**
 * The first screen's question (`opening`: settings, timelines, the current timeline with the window
 * of its first view), asked as soon as the page's script starts: before the app and its libraries
 * are set up, which takes a quarter of a second and more on a slow machine, so the answer waits for
 * the app rather than the app for the answer (at a million events the backend needs 40–110 ms).
 * main.ts asks (through ask-first.ts, its first import); the timeline store takes the answer.
 */
import type { Api } from '../../core/api';
import { canvasWidthHint } from './canvas/width-hint';
import { call } from './transport';

type Answer = ReturnType<Api['opening']>;
let asked: { px: number; answer: Answer } | null = null;

/** Asks the first question now (once). */
export function askFirst(): void {
  if (asked) return;
  const px = canvasWidthHint();
  asked = { px, answer: call('opening', { px }) };
}

/** The answer for a canvas `px` wide: the one asked early when it was asked for that width, else a fresh one. */
export function opening(px: number): Answer {
  const early = asked;
  asked = null;
  if (early && early.px === px) return early.answer;
  return call('opening', { px });
}
