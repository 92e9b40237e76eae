import type { Context, Handlers } from './context';
import type { exchangeMethods } from '../../core/contract/exchange';

/** Handlers of the export part of the contract. */
export function exchangeHandlers(_ctx: Context): Pick<Handlers, keyof typeof exchangeMethods> {
  return {};
}
