import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Result } from '../../../core/api';

export interface NoticeAction { label: string; run: () => void }
export interface Notice { id: number; kind: 'error' | 'info'; text: string; action?: NoticeAction }

/** Messages shown to the user in the notice bar; every failed Result ends up here. */
export const useNoticeStore = defineStore('notices', () => {
  const notices = ref<Notice[]>([]);
  let next = 1;

  // Errors stay long enough to read (and until dismissed with ✕ earlier), then leave the list free.
  function push(kind: 'error' | 'info', text: string, timeoutMs = kind === 'info' ? 4000 : 12000, action?: NoticeAction) {
    const id = next++;
    // One message of a kind at a time is enough; the newest wins.
    notices.value = [...notices.value.filter((n) => n.text !== text).slice(-3), { id, kind, text, action }];
    if (timeoutMs) setTimeout(() => dismiss(id), timeoutMs);
    return id;
  }
  function dismiss(id: number) {
    notices.value = notices.value.filter((n) => n.id !== id);
  }
  /** The value of a Result, or undefined after showing its message. */
  function check<T>(r: Result<T>): T | undefined {
    if (r.ok) return r.value;
    push('error', r.message, 12000);
    return undefined;
  }
  return { notices, push, dismiss, check };
});
