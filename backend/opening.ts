/**
 * The first screen's question: settings, timelines and the timeline to show with its lanes and
 * extent in one answer, built from the handlers that answer each part (one round trip instead of
 * two waves before the canvas can ask for its first window). Given the canvas's width, the answer
 * also holds the window of the view the canvas opens on, asked as the canvas asks it
 * (core/canvas/first-view.ts): the canvas draws it as soon as it is built.
 */
import { openingView, windowQuestion } from '../core/canvas/first-view';
import type { Handlers } from './context';

/** `opened` runs once the answer is made (the backend reads ahead for the first search then). */
export function openingHandlers(h: Omit<Handlers, 'opening'>, opened: () => void = () => {}): Pick<Handlers, 'opening'> {
  return {
    opening: async (input) => {
      opened();
      const settings = await h.getSettings({});
      const timelines = await h.listTimelines({});
      // The timeline open last, else the first one.
      const shown = timelines.find((t) => t.id === settings.lastTimelineId) ?? timelines[0];
      if (!shown) return { settings, timelines, current: null };
      const timelineId = shown.id;
      const [lanes, first, last] = await Promise.all([
        h.listLanes({ timelineId }),
        h.stepEvent({ timelineId, direction: 'first' }),
        h.stepEvent({ timelineId, direction: 'last' }),
      ]);
      const px = input?.px;
      const opens = px === undefined ? null : openingView(timelineId, { first, last }, settings.viewWindows, px);
      if (!opens) return { settings, timelines, current: { timelineId, lanes, first, last, window: null } };
      const { fromKey, toKey, buckets, budget, topPerLane } = windowQuestion(opens.view, opens.projection);
      const window = await h.timelineWindow({ timelineId, fromKey, toKey, buckets, budget, topPerLane, filter: {}, pin: [] });
      return { settings, timelines, current: { timelineId, lanes, first, last, window: { view: opens.view, window } } };
    },
  };
}
