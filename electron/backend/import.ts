import type { Context, Handlers } from './context';
import type { importMethods } from '../../core/contract/import';

/** Handlers of the import part of the contract. */
export function importHandlers(_ctx: Context): Pick<Handlers, keyof typeof importMethods> {
  return {};
}
