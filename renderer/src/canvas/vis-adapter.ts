/**
 * The few things the canvas needs from vis-timeline beyond its typed API, in one place: the width
 * of the centre panel, focusing an item without zooming, selecting without scrolling, and the
 * Timeline built over our DataSets. When vis-timeline changes, this file is what to check.
 */
import { Timeline, type DataGroupCollectionType, type DataItemCollectionType, type TimelineOptions } from 'vis-timeline/esnext';

/** What vis-timeline keeps that its typings do not declare. */
interface TimelineInternals {
  body?: { domProps?: { center?: { width?: number } } };
  focus(id: number | number[], options?: { zoom?: boolean; animation?: boolean }): void;
  itemSet?: { items?: Record<number, { top?: number | null; parent?: { top: number; height: number } } | undefined> };
  props?: { leftContainer?: { height?: number } };
  _getScrollTop(): number;
  _setScrollTop(top: number): number;
  _redraw(): void;
  setSelection(ids: number[], options?: { focus?: boolean; animation?: boolean }): void;
}

const inside = (t: Timeline) => t as unknown as TimelineInternals;

/** Makes a Timeline over DataSets of our own item and group shapes. */
export function createTimeline(el: HTMLElement, items: unknown, groups: unknown, options: TimelineOptions): Timeline {
  return new Timeline(el, items as DataItemCollectionType, groups as DataGroupCollectionType, options);
}

/** The width in pixels of the time area (without the lane labels); `fallback` before the first draw. */
export function centreWidth(t: Timeline, fallback: number): number {
  return inside(t).body?.domProps?.center?.width || fallback;
}

/** Scrolls so the item is in view (its time and its lane), keeping the zoom. */
export function focusItem(t: Timeline, id: number): void {
  const vis = inside(t);
  // vis-timeline places an item only once its lane is in view, and cannot scroll to one it has not
  // placed: a lane below the visible ones (or one just added, not measured yet) is scrolled to first.
  const item = vis.itemSet?.items?.[id];
  if (item && item.top == null) vis._redraw();
  const lane = item?.parent;
  const viewHeight = vis.props?.leftContainer?.height ?? 0;
  const scrolled = -vis._getScrollTop();
  if (lane && viewHeight && (lane.top >= scrolled + viewHeight || lane.top + lane.height <= scrolled)) {
    vis._setScrollTop(-lane.top);
    vis._redraw();
  }
  vis.focus(id, { zoom: false, animation: false });
}

/** Marks items selected without moving the view. */
export function selectQuietly(t: Timeline, ids: number[]): void {
  inside(t).setSelection(ids, { focus: false });
}
