import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { Result } from '../../../core/api';

/** Messages shown to the user in the notice bar; every failed Result ends up here. */
export const useNoticeStore = defineStore('notices', () => {
  const notices = ref<{ id: number; kind: 'error' | 'info'; text: string }[]>([]);
  let next = 1;

  function push(kind: 'error' | 'info', text: string, timeoutMs = kind === 'info' ? 4000 : 0) {
    const id = next++;
    notices.value.push({ id, kind, text });
    if (timeoutMs) setTimeout(() => dismiss(id), timeoutMs);
  }
  function dismiss(id: number) {
    notices.value = notices.value.filter((n) => n.id !== id);
  }
  /** The value of a Result, or undefined after showing its message. */
  function check<T>(r: Result<T>): T | undefined {
    if (r.ok) return r.value;
    push('error', r.message);
    return undefined;
  }
  return { notices, push, dismiss, check };
});
