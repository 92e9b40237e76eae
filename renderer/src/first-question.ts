/**
 * The first screen's question (`opening`: settings, timelines, the current timeline with the window
 * of its first view), asked as soon as the page starts: before the app and its libraries are even
 * parsed, which takes a quarter of a second and more on a slow machine, so the answer waits for the
 * app rather than the app for the answer (at a million events the backend needs 40–110 ms).
 *
 * A small classic script in the page's head asks (first.ts, built apart as `first.js`); main.ts asks
 * again by importing first.ts first, which does nothing when the question is out already
 * (and asks when the small script is missing). The two bundles share the question through `window`.
 * The timeline store takes the answer.
 */
import type { Api } from '../../core/api';
import { canvasWidthHint } from './canvas/width-hint';
import { call } from './transport';

type Answer = ReturnType<Api['opening']>;

declare global {
  interface Window {
    /** The first question, asked early: the width it was asked for and its answer to come. */
    chronikFirst?: { px: number; answer: Answer } | null;
  }
}

/** Asks the first question now (once per page). */
export function askFirst(): void {
  if (window.chronikFirst !== undefined) return;
  const px = canvasWidthHint();
  window.chronikFirst = { px, answer: call('opening', { px }) };
}

/** The answer for a canvas `px` wide: the one asked early when it was asked for that width, else a fresh one. */
export function opening(px: number): Answer {
  const early = window.chronikFirst;
  window.chronikFirst = null;
  if (early && early.px === px) return early.answer;
  return call('opening', { px });
}
