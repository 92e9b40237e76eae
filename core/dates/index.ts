/** The date model of Chronik: every date is read, written, sorted and shown through here. */
export type { ChronikDate, DateParts, Precision } from './model';
export { PRECISIONS, MAX_YEAR, DEEP_YEAR, isDeepYear } from './model';
export { MONTHS, MONTHS_SHORT } from './names';
export {
  addDays, addMonths, civilFromDays, daysFromCivil, daysInMonth, fromSortKey, isoWeek, isoWeekStart, isoWeekday,
  partsToValue, sortKey, valueToParts, yearOfKey, yearStartKey,
} from './calendar';
export {
  deepYearLabel, formatAxisLabel, groupDigits, parseYearsAgo, yearLabel, yearScale, yearsBce, type AxisTick,
} from './deep-time';
export { parseDate, checkDate, cleanDate, SLASH_DATE, DATE_ORDERS, type DateOrder, type ParseResult, type ParseOptions } from './parse';
export { formatDate, formatRange, toEdtf, compareDates, toUtcDate, instantToSortKey, sortKeyToInstant } from './format';
export { checkRange } from './range';
