/**
 * UI state that is not data: which panels are open, which dialog is mounted, and requests from
 * commands to components (focus the title, focus the search box).
 */
import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { DialogName } from '../dialogs/registry';

export const useUiStore = defineStore('ui', () => {
  const listVisible = ref(true);
  const lanesOpen = ref(false);
  /** The dialog mounted by DialogHost (import, export, confirmations…), with its props. */
  const dialog = ref<{ name: DialogName; props?: Record<string, unknown> } | null>(null);
  /** Incremented to ask the editor to focus (and select) the title field. */
  const focusTitle = ref(0);
  /** Incremented to ask the toolbar to focus the search box. */
  const focusSearch = ref(0);
  /** Incremented to ask the timeline manager for the name of a new timeline (inline, in the toolbar). */
  const newTimelineName = ref(0);

  function openDialog(name: DialogName, props?: Record<string, unknown>) {
    dialog.value = { name, props };
  }
  function closeDialog() {
    dialog.value = null;
  }
  return { listVisible, lanesOpen, dialog, focusTitle, focusSearch, newTimelineName, openDialog, closeDialog };
});
