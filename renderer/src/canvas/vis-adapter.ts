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
  itemSet?: {
    items?: Record<number, { top?: number | null; parent?: { top: number; height: number } } | undefined>;
    groups?: Record<string, object>;
  };
  props?: { leftContainer?: { height?: number } };
  _getScrollTop(): number;
  _setScrollTop(top: number): number;
  _redraw(): void;
  setSelection(ids: number[], options?: { focus?: boolean; animation?: boolean }): void;
}

const inside = (t: Timeline) => t as unknown as TimelineInternals;

/** Makes a Timeline over DataSets of our own item and group shapes. */
export function createTimeline(el: HTMLElement, items: unknown, groups: unknown, options: TimelineOptions): Timeline {
  const t = new Timeline(el, items as DataItemCollectionType, groups as DataGroupCollectionType, options);
  batchShowing(t);
  return t;
}

interface VisGroup {
  add(item: unknown): void;
  _checkIfVisible(...args: unknown[]): void;
}
let batched = false;
/**
 * vis-timeline shows an item the moment it is added to a lane, measuring it on its own: each
 * measurement forces the browser to lay the page out again, so adding the thousand items of a
 * window took 0.7 s (a filter change at 10,000 events). The redraw that follows every batch of
 * changes shows the new items in view together (all elements written, then all measured, one
 * layout), so an addition only files the item and leaves showing it to that redraw.
 */
function batchShowing(t: Timeline): void {
  if (batched) return;
  const some = Object.values(inside(t).itemSet?.groups ?? {})[0];
  let proto = some ? Object.getPrototypeOf(some) as VisGroup | null : null;
  while (proto && !(Object.prototype.hasOwnProperty.call(proto, 'add') && Object.prototype.hasOwnProperty.call(proto, '_checkIfVisible'))) proto = Object.getPrototypeOf(proto) as VisGroup | null;
  // Another vis-timeline than the one this was written for: leave it as it is.
  if (!proto) return;
  const add = proto.add;
  proto.add = function (this: VisGroup, item: unknown) {
    this._checkIfVisible = () => {};
    try {
      add.call(this, item);
    } finally {
      delete (this as Partial<VisGroup>)._checkIfVisible;
    }
  };
  batched = true;
}

/**
 * The width in pixels of the time area (without the lane labels), as vis-timeline measured it at its
 * last redraw; before the first, `fallback()` (a function: reading a width lays the page out).
 */
export function centreWidth(t: Timeline, fallback: () => number): number {
  return inside(t).body?.domProps?.center?.width || fallback();
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
