/**
 * Keyboard shortcuts of the main screen, mapped to commands. In a text field the field keeps its
 * own keys (Ctrl+Z is the field's undo); Escape leaves the field.
 */
import { onBeforeUnmount, onMounted } from 'vue';
import { commandForKeyEvent, type CommandId } from '../../../core/commands';

/** True for elements where typed keys belong to the element (inputs, text areas, selects, editables). */
export function isTextField(el: Element | null | undefined): boolean {
  if (!el || !(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(el.type);
  return false;
}

export interface KeyActions {
  run(command: CommandId): void;
  step(direction: 1 | -1): void;
  escape(): boolean;
  /** After Escape left a text field: where the keyboard should go on from. */
  leaveField?(): void;
}

/**
 * Which command (or action) a key press means; null when none. The command keys come from the
 * command table (core/commands); Escape and the arrows are actions of the main screen.
 */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, inField: boolean): CommandId | 'escape' | 'next' | 'prev' | null {
  const cmd = commandForKeyEvent(e, inField);
  if (cmd) return cmd;
  if (e.key === 'Escape') return 'escape';
  if (inField || e.ctrlKey || e.metaKey || e.altKey) return null;
  switch (e.key) {
    case 'ArrowRight': case 'ArrowDown': return 'next';
    case 'ArrowLeft': case 'ArrowUp': return 'prev';
    default: return null;
  }
}

export function useKeyboard(actions: KeyActions) {
  function onKey(e: KeyboardEvent) {
    if (e.defaultPrevented || e.isComposing) return;
    const target = e.target as Element | null;
    const inField = isTextField(target);
    const cmd = commandForKey(e, inField);
    if (!cmd) return;
    // Buttons, links and menus keep Enter and the arrows for themselves.
    const interactive = target?.closest?.('button, a, summary, [role="menu"], [role="menuitem"], dialog');
    if (interactive && ['edit-event', 'next', 'prev'].includes(cmd)) return;
    if (target?.closest?.('dialog') && cmd !== 'undo' && cmd !== 'redo') return;
    if (cmd === 'escape') {
      if (inField) {
        (target as HTMLElement).blur();
        actions.leaveField?.();
        e.preventDefault();
        return;
      }
      if (actions.escape()) e.preventDefault();
      return;
    }
    e.preventDefault();
    if (cmd === 'next' || cmd === 'prev') actions.step(cmd === 'next' ? 1 : -1);
    else actions.run(cmd);
  }
  onMounted(() => window.addEventListener('keydown', onKey));
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey));
}
