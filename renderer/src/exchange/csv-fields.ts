/** The Chronik fields a CSV column can map to, taken from the contract's schema so the list cannot drift. */
import { csvMapping } from '../../../core/contract/exchange';
import type { MessageKey } from '../i18n';

export type CsvFieldName = (typeof csvMapping.value.options)[number];

export const CSV_FIELD_NAMES: readonly CsvFieldName[] = csvMapping.value.options;

export function csvFieldLabel(field: CsvFieldName): MessageKey {
  return `csvField.${field}`;
}
