/**
 * The first screen's question: settings, timelines and the timeline to show with its lanes and
 * extent in one answer, built from the handlers that answer each part (one round trip instead of
 * two waves before the canvas can ask for its first window).
 */
import type { Handlers } from './context';

/** `opened` runs once the answer is made (the backend reads ahead for the first search then). */
export function openingHandlers(h: Omit<Handlers, 'opening'>, opened: () => void = () => {}): Pick<Handlers, 'opening'> {
  return {
    opening: async () => {
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
      return { settings, timelines, current: { timelineId, lanes, first, last } };
    },
  };
}
