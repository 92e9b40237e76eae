import { describe, expect, it } from 'vitest';
import { tag } from '../../../../core/tagger';

const dct = '2024-10-25'; // a Friday in ISO week 43

function only(text: string, d: string | undefined = dct) {
  const found = tag(text, { lang: 'en', dct: d });
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('English temporal expressions', () => {
  it('gives "Oct. 23" the publication year', () => {
    expect(only('The bridge was closed on Oct. 23 after the storm.')).toMatchObject({ text: 'Oct. 23', type: 'DATE', value: '2024-10-23' });
  });

  it('reads full dates in both orders and US numeric dates', () => {
    expect(only('The treaty was signed on March 4, 2019.').value).toBe('2019-03-04');
    expect(only('The deadline is 12/31/2025 for all claims.').value).toBe('2025-12-31');
  });

  it('resolves yesterday, last year and two years ago', () => {
    expect(only('The mayor resigned yesterday.').value).toBe('2024-10-24');
    expect(only('Sales fell sharply last year.')).toMatchObject({ text: 'last year', value: '2023' });
    expect(only('The plant closed two years ago.')).toMatchObject({ text: 'two years ago', value: '2022' });
  });

  it('resolves this month, next week and the previous week', () => {
    expect(only('Prices rose this month.').value).toBe('2024-10');
    expect(only('The council will vote next week.').value).toBe('2024-W44');
    expect(only('The talks stalled the previous week.').value).toBe('2024-W42');
  });

  it('picks the past weekday in past-tense sentences and the next one in future-tense ones', () => {
    expect(only('The minister resigned on Monday.').value).toBe('2024-10-21');
    expect(only('The minister will resign on Monday.').value).toBe('2024-10-28');
  });

  it('dates "in two weeks" when the sentence speaks of the future', () => {
    expect(only('The new line will open in two weeks.')).toMatchObject({ text: 'in two weeks', type: 'DATE', value: '2024-W45' });
  });

  it('treats "now" and "recently" as vague references', () => {
    expect(only('The company is now profitable.').value).toBe('PRESENT_REF');
    expect(only('The firm recently hired a new chief.').value).toBe('PAST_REF');
  });

  it('annotates decades with the TimeBank convention', () => {
    expect(only('Crime fell throughout the 1990s.')).toMatchObject({ text: 'the 1990s', value: '199' });
  });

  it('measures durations, including vague ones', () => {
    expect(only('The strike lasted three months.')).toMatchObject({ type: 'DURATION', value: 'P3M' });
    expect(only('Output has grown over the past 12 months.')).toMatchObject({ text: 'the past 12 months', value: 'P12M' });
    expect(only('The dispute dragged on for several years.')).toMatchObject({ text: 'several years', value: 'PXY' });
  });

  it('reads clock times and parts of the day', () => {
    expect(only('Polls close at 8 p.m. tonight.').type).toBe('TIME');
    expect(only('The ship docked this morning.')).toMatchObject({ type: 'TIME', value: '2024-10-25TMO' });
  });

  it('resolves quarters and fiscal years', () => {
    expect(only('Revenue rose in the third quarter.').value).toBe('2024-Q3');
    expect(only('The target for fiscal 2025 is unchanged.')).toMatchObject({ text: 'fiscal 2025', value: '2025' });
  });

  it('recognises recurring times', () => {
    expect(only('The paper is published weekly.')).toMatchObject({ type: 'SET', value: 'P1W' });
    expect(only('The club meets every Tuesday.')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-2' });
  });

  it('does not read the modal verb "may" as a month', () => {
    expect(tag('Officials say the vote may be delayed.', { lang: 'en', dct })).toEqual([]);
  });

  it('dates "the following month" one month after the date mentioned before it', () => {
    const found = tag('The merger was announced in March 2023. The following month shares fell.', { lang: 'en', dct });
    expect(found[1]).toMatchObject({ text: 'The following month', type: 'DATE', value: '2023-04' });
  });
});

describe('the verb nearest to a weekday decides its direction', () => {
  // dct 2024-10-25 is a Friday.
  it('reads a weekday after "said" as past even when the sentence turns to the future later', () => {
    const found = tag('Officials said Thursday that the troops will leave next month.', { lang: 'en', dct });
    expect(found.map((t) => [t.text, t.value])).toEqual([['Thursday', '2024-10-24'], ['next month', '2024-11']]);
  });

  it('reads "would … on Wednesday" forward', () => {
    expect(only('The minister said she would come back to it on Wednesday.')).toMatchObject({ text: 'Wednesday', value: '2024-10-30' });
  });

  it('reads a future seen from the past ("had been due to expire Friday") as past', () => {
    expect(only('The offer had been due to expire Monday.', '2024-10-29')).toMatchObject({ text: 'Monday', value: '2024-10-28' });
  });

  it('does not take "next to" for a future cue', () => {
    expect(only('A bomb went off next to the embassy on Thursday.')).toMatchObject({ value: '2024-10-24' });
  });

  it('does not take a passive or an adjective in -ed for a past', () => {
    expect(only('The reduced dividend is payable Jan. 2.', '2024-11-02')).toMatchObject({ text: 'Jan. 2', value: '2025-01-02' });
  });
});

describe('what TimeBank does not annotate', () => {
  it('leaves ages and ordering adverbs alone', () => {
    expect(tag('The 6-year-old boy and his 52-year-old uncle, 44 years old, arrived.', { lang: 'en', dct })).toEqual([]);
    expect(tag('As previously reported, talks will resume soon and eventually succeed.', { lang: 'en', dct })).toEqual([]);
  });

  it('keeps the age of a thing measured in months and "the future"', () => {
    expect(only('The 8-month-old truce held.')).toMatchObject({ type: 'DURATION', value: 'P8M' });
    expect(only('Nobody knows what the future holds.')).toMatchObject({ value: 'FUTURE_REF' });
  });
});

describe('quarterly reports', () => {
  const report = 'Acme said its third-quarter profit rose 12% to $40 million from $35.7 million a year earlier. ' +
    'Sales in the latest quarter were $1.2 billion. In the year-ago period, the company earned $30 million, compared with year-earlier sales of $1 billion.';

  it('reads the quarter just ended as the one reported and "a year earlier" as the same quarter a year before', () => {
    const found = tag(report, { lang: 'en', dct: '2024-11-02' });
    expect(found.map((t) => [t.text, t.value])).toEqual([
      ['third-quarter', '2024-Q3'], ['a year earlier', '2023-Q3'], ['the latest quarter', '2024-Q3'],
      ['the year-ago period', '2023-Q3'], ['year-earlier', '2023-Q3'],
    ]);
  });

  it('reads "the 1988 second quarter" as one expression', () => {
    expect(only('It took a charge in the 1988 second quarter.')).toMatchObject({ text: 'the 1988 second quarter', value: '1988-Q2' });
  });

  it('keeps "a year earlier" a year when no quarter was mentioned', () => {
    expect(only('Rents rose 4% from a year earlier.')).toMatchObject({ value: '2023' });
  });
});

describe('dates near the publication date', () => {
  // dct 2024-10-25 is a Friday.
  it('reads "last April" in October as this year\'s April', () => {
    expect(only('Holders approved the plan last April.')).toMatchObject({ value: '2024-04' });
    expect(only('Holders approved the plan last April.', '2024-02-10')).toMatchObject({ value: '2023-04' });
  });

  it('keeps a day just ahead of the dct ahead even in a past-tense sentence', () => {
    expect(only('The board declared a dividend payable Dec. 7.')).toMatchObject({ value: '2024-12-07' });
    expect(only('The board declared a dividend in February.')).toMatchObject({ value: '2024-02' });
  });

  it('reads "until Tuesday" ahead, but not in a past sentence', () => {
    expect(only('The deadline runs until Tuesday morning.')).toMatchObject({ value: '2024-10-29TMO' });
    expect(only('It was not until Tuesday that the mayor spoke.')).toMatchObject({ value: '2024-10-22' });
  });

  it('lets a verb inside a quotation govern the expressions inside it', () => {
    const t = tag("''The father will leave at 4 a.m. Thursday,'' Castro said.", { lang: 'en', dct: '2024-10-23' });
    expect(t[0]).toMatchObject({ value: '2024-10-24T04:00' });
  });

  it('reads a clock time with its GMT equivalent and the weekday after it', () => {
    expect(only('The blast occurred at about 10:35 a.m. (0735 GMT) Thursday.')).toMatchObject({ type: 'TIME', value: '2024-10-24T10:35' });
  });
});

describe('annual reports and transcripts', () => {
  it('reads "the year ended March 31" as a year-long period and "the full year" as this year', () => {
    expect(tag('Revenue was $76 million for the year ended March 31.', { lang: 'en', dct })[0]).toMatchObject({ text: 'the year', type: 'DURATION', value: 'P1Y' });
    expect(only('It forecast an increase for the full year.')).toMatchObject({ value: '2024' });
    expect(only('Sales in the current fiscal year will rise.')).toMatchObject({ value: '2024' });
  });

  it('reads spoken years with a season or a month', () => {
    expect(only('Prices fell in the winter of nineteen ninety-four.')).toMatchObject({ value: '1994-WI' });
    expect(only('January nineteen ninety-seven brought another bomb.')).toMatchObject({ value: '1997-01' });
  });

  it('does not read a programme title for a duration', () => {
    expect(tag('He said so on CBS\'s "60 Minutes".', { lang: 'en', dct })).toEqual([]);
  });
});
