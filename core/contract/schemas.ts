/** Input schemas shared by the parts of the contract (valibot), and the `method` declarer. */
import * as v from 'valibot';
import { checkDate, type ChronikDate } from '../dates';
import { CONFIDENCES, ENTITY_KINDS, EVENT_KINDS, STANCES } from '../domain';
import { isHttpUrl } from '../security';


export const id = v.pipe(v.number('An id must be a number'), v.integer('An id must be an integer'), v.minValue(1, 'An id must be positive'));
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `Text is longer than ${max} characters`));
/** A title: one line (line breaks and runs of white space become one space), 1–500 characters. */
export const title = v.pipe(
  v.string('A title is required'), v.transform((s) => s.replace(/\s+/g, ' ').trim()),
  v.minLength(1, 'A title is required'), v.maxLength(500, 'A title is longer than 500 characters'),
);

export const chronikDate = v.pipe(
  v.object({
    value: v.string(),
    precision: v.picklist(['year', 'month', 'day', 'minute']),
    approximate: v.optional(v.boolean()),
    uncertain: v.optional(v.boolean()),
    original: v.optional(v.string()),
  }),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = checkDate(dataset.value as ChronikDate);
    if (problem) addIssue({ message: problem });
  }),
);
/** A date as data, or as text the backend parses with core/dates (`23.10.2024`, `Oct 2024`…). */
export const dateInput = v.union([v.pipe(v.string(), v.maxLength(100, 'A date is longer than 100 characters')), chronikDate], 'A date must be text such as 2024-10-23 or a date object');
export type DateInput = v.InferInput<typeof dateInput>;

export const httpUrl = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(4000, 'A URL is longer than 4000 characters'),
  v.check(isHttpUrl, (issue) => `Not an http(s) URL: "${String(issue.input)}"`),
);

export const place = v.object({
  name: text(300),
  lat: v.nullish(v.pipe(v.number(), v.minValue(-90, 'Latitude must be between -90 and 90'), v.maxValue(90, 'Latitude must be between -90 and 90'))),
  lon: v.nullish(v.pipe(v.number(), v.minValue(-180, 'Longitude must be between -180 and 180'), v.maxValue(180, 'Longitude must be between -180 and 180'))),
});

export const color = v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'A colour must look like #1f77b4'));
export const tags = v.array(v.pipe(v.string(), v.trim(), v.minLength(1, 'A tag must not be empty'), v.maxLength(100)));

/** A person, organisation or place an event involves, by kind and name (found or created), with a role. */
export const entityInput = v.object({
  kind: v.picklist(ENTITY_KINDS, `An entity is one of ${ENTITY_KINDS.join(', ')}`),
  name: v.pipe(
    v.string('An entity needs a name'), v.transform((s) => s.replace(/\s+/g, ' ').trim()),
    v.minLength(1, 'An entity needs a name'), v.maxLength(300, 'An entity name is longer than 300 characters'),
  ),
  role: v.optional(v.pipe(v.string(), v.transform((s) => s.replace(/\s+/g, ' ').trim()), v.maxLength(100, 'A role is longer than 100 characters')), ''),
});
export type EntityInput = v.InferInput<typeof entityInput>;
export const entities = v.pipe(v.array(entityInput), v.maxLength(200, 'More than 200 entities on one event'));

export const eventFields = {
  title,
  description: v.optional(text(20000)),
  kind: v.optional(v.picklist(EVENT_KINDS, `Kind must be one of ${EVENT_KINDS.join(', ')}`)),
  start: dateInput,
  end: v.nullish(dateInput),
  location: v.nullish(place),
  laneId: v.nullish(id),
  confidence: v.optional(v.picklist(CONFIDENCES, `Confidence must be one of ${CONFIDENCES.join(', ')}`)),
  color: v.nullish(color),
  tags: v.optional(tags),
  /** Replaces the event's entities (like tags). */
  entities: v.optional(entities),
};

export const eventInput = v.object({ timelineId: id, ...eventFields });
export const eventPatch = v.object({
  id,
  title: v.optional(title),
  description: eventFields.description,
  kind: eventFields.kind,
  start: v.optional(dateInput),
  end: eventFields.end,
  location: eventFields.location,
  laneId: eventFields.laneId,
  confidence: eventFields.confidence,
  color: eventFields.color,
  tags: eventFields.tags,
  entities: eventFields.entities,
});

export const sourceFields = {
  url: v.nullish(httpUrl),
  title: v.pipe(v.string(), v.trim(), v.maxLength(1000)),
  publisher: v.optional(text(300)),
  author: v.optional(text(300)),
  publishedAt: v.nullish(dateInput),
  language: v.nullish(v.pipe(v.string(), v.maxLength(10))),
};
export const sourceInput = v.object({ ...sourceFields, text: v.optional(text(5_000_000)) });
/** Source fields given together with a citation: a new source, or changes to the cited one. */
export const citedSource = v.object({
  url: sourceFields.url,
  title: v.optional(sourceFields.title),
  publisher: sourceFields.publisher,
  author: sourceFields.author,
  publishedAt: sourceFields.publishedAt,
  language: sourceFields.language,
});
export const sourcePatch = v.object({ id, ...citedSource.entries });

export const linkFields = {
  quote: v.optional(text(20000)),
  quoteStart: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0))),
  quoteEnd: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(0))),
  datePhrase: v.optional(text(500)),
  stance: v.optional(v.picklist(STANCES, `Stance must be one of ${STANCES.join(', ')}`)),
};

export const none = v.optional(v.object({}), {});


/** Declares one method: its input schema and (as a type only) its output. */
export const method = <O>() => <S extends v.GenericSchema>(input: S) => ({ input, output: undefined as unknown as O });

