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
