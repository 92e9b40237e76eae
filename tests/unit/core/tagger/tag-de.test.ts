import { describe, expect, it } from 'vitest';
import { tag } from '../../../../core/tagger';

const dct = '2024-10-25'; // a Friday in ISO week 43

function only(text: string, d: string | undefined = dct) {
  const found = tag(text, { lang: 'de', dct: d });
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('German temporal expressions', () => {
  it('dates "in dieser Woche" to the ISO week of the publication date', () => {
    const t = only('Der Vorstand tagt in dieser Woche zum letzten Mal.');
    expect(t).toMatchObject({ text: 'dieser Woche', type: 'DATE', value: '2024-W43' });
  });

  it('completes "am 23. Oktober" with the publication year and leaves out "am"', () => {
    const t = only('Die Brücke wurde am 23. Oktober gesperrt.');
    expect(t).toMatchObject({ text: '23. Oktober', type: 'DATE', value: '2024-10-23' });
  });

  it('reads full and numeric dates', () => {
    expect(only('Der Vertrag gilt ab dem 3. Januar 2025.').value).toBe('2025-01-03');
    expect(only('Die Sitzung fand am 17.09.2023 statt.')).toMatchObject({ text: '17.09.2023', value: '2023-09-17' });
  });

  it('resolves gestern, heute Abend and vorgestern against the publication date', () => {
    expect(only('Gestern protestierten Hunderte vor dem Rathaus.')).toMatchObject({ value: '2024-10-24', type: 'DATE' });
    expect(only('Das Konzert beginnt heute Abend.')).toMatchObject({ text: 'heute Abend', type: 'TIME', value: '2024-10-25TEV' });
  });

  it('puts "im August" in the past year when the sentence is in the past tense', () => {
    const past = tag('Im August hatte die Stadt den Plan noch abgelehnt.', { lang: 'de', dct: '2024-03-10' });
    expect(past[0]).toMatchObject({ text: 'August', value: '2023-08' });
    const future = tag('Im August wird die Stadt den Plan vorlegen.', { lang: 'de', dct: '2024-03-10' });
    expect(future[0]).toMatchObject({ text: 'August', value: '2024-08' });
  });

  it('keeps "Anfang Oktober" as a month value including the modifier', () => {
    expect(only('Anfang Oktober begann die Ernte.')).toMatchObject({ text: 'Anfang Oktober', value: '2024-10' });
  });

  it('annotates decades and centuries the way KRAUTS does', () => {
    expect(only('In den neunziger Jahren wuchs die Stadt.')).toMatchObject({ text: 'den neunziger Jahren', value: '199' });
    expect(only('Anfang der 1990er Jahre zog er nach Wien.').value).toBe('199');
    expect(only('Das Haus stammt aus dem 18. Jahrhundert.')).toMatchObject({ text: 'dem 18. Jahrhundert', value: '17' });
  });

  it('finds the year after "seit" without the preposition', () => {
    expect(only('Seit 1945 gehört das Gebiet zu Polen.')).toMatchObject({ text: '1945', value: '1945', type: 'DATE' });
  });

  it('does not take amounts for years', () => {
    expect(tag('Rund 1500 Menschen kamen zur Kundgebung.', { lang: 'de', dct })).toEqual([]);
  });

  it('turns counted periods into durations, with number words', () => {
    expect(only('Die Verhandlungen dauerten zwei Wochen lang.')).toMatchObject({ type: 'DURATION', value: 'P2W' });
    expect(only('Er saß drei Jahre im Gefängnis.')).toMatchObject({ text: 'drei Jahre', value: 'P3Y' });
    expect(only('Das dauerte mehrere Monate.')).toMatchObject({ text: 'mehrere Monate', value: 'PXM' });
  });

  it('marks vague references to past, present and future', () => {
    expect(only('Damals gab es hier noch keine Straße.').value).toBe('PAST_REF');
    expect(only('Derzeit prüft die Behörde den Antrag.').value).toBe('PRESENT_REF');
    expect(only('Der Bahnhof soll bald umgebaut werden.').value).toBe('FUTURE_REF');
  });

  it('reads clock times on the publication day', () => {
    expect(only('Die Feier beginnt um 19.30 Uhr im Saal.')).toMatchObject({ text: '19.30 Uhr', type: 'TIME', value: '2024-10-25T19:30' });
  });

  it('recognises recurring times', () => {
    expect(only('Der Markt findet jeden Montag statt.')).toMatchObject({ type: 'SET', value: 'XXXX-WXX-1' });
    expect(only('Die Fähre fährt täglich.')).toMatchObject({ type: 'SET', value: 'P1D' });
  });

  it('resolves seasons and quarters', () => {
    expect(only('Im Herbst 2022 wurde gewählt.')).toMatchObject({ text: 'Herbst 2022', value: '2022-FA' });
    expect(only('Im dritten Quartal 2023 stieg der Umsatz.').value).toBe('2023-Q3');
  });

  it('leaves relative dates underspecified without a publication date', () => {
    const [t] = tag('Die Brücke wurde am 23. Oktober gesperrt.', { lang: 'de' });
    expect(t?.value).toBe('XXXX-10-23');
  });

  it('anchors dates without a year to the year last written in a narrative without publication date', () => {
    const found = tag('Im Jahr 1939 begann der Feldzug. Am 17. September überschritten Truppen die Grenze.', { lang: 'de' });
    expect(found.map((t) => [t.text, t.value])).toEqual([['Jahr 1939', '1939'], ['17. September', '1939-09-17']]);
  });

  it('dates "in der Woche darauf" one week after the date mentioned before it', () => {
    const found = tag('Am 8. Oktober begann die Messe, in der Woche darauf die Nachlese.', { lang: 'de', dct });
    expect(found[1]).toMatchObject({ text: 'Woche darauf', type: 'DATE', value: '2024-W42' });
  });

  it('gives a season without a year the year written shortly before it in an older story', () => {
    const found = tag('Das Werk schloss 1996. Im Herbst zogen die letzten Arbeiter weg.', { lang: 'de', dct });
    expect(found[1]).toMatchObject({ text: 'Herbst', value: '1996-FA' });
  });
});

describe('weekdays in past-tense news sentences', () => {
  it('dates "am Montag" in a sentence with a weak Präteritum verb to the Monday before publication', () => {
    const [m] = tag('Die Regierung bestätigte am Montag, dass die Gespräche weitergehen.', { lang: 'de', dct: '2024-10-25' });
    expect(m).toMatchObject({ text: 'Montag', value: '2024-10-21' });
  });

  it('reads the verb in second place after "Am Montag" for its tense: a Präteritum goes back, a present ahead', () => {
    const value = (text: string) => only(text).value; // published Friday 25 Oct 2024
    expect(value('Am Montag beendeten die Hafenarbeiter ihren Streik.')).toBe('2024-10-21');
    expect(value('Am Montag zählte die Polizei rund 300 Teilnehmer.')).toBe('2024-10-21');
    expect(value('Am Montag starten die Fähren wieder.')).toBe('2024-10-28');
    expect(value('Am Montag halten die Fahrer eine Versammlung ab.')).toBe('2024-10-28');
    expect(value('Die ersten Schiffe fahren am Montag.')).toBe('2024-10-28');
  });
});

describe('month and weekday tables built from one dictionary', () => {
  it('reads every abbreviated month with its full stop, not just the year after it', () => {
    expect(only('Am 3. Apr. 2024 wurde gewählt.')).toMatchObject({ text: '3. Apr. 2024', value: '2024-04-03' });
    expect(only('Der Vertrag wurde am 3. Mär. 2024 unterzeichnet.')).toMatchObject({ text: '3. Mär. 2024', value: '2024-03-03' });
    expect(only('Am 12. Jul. 2023 begann der Bau.')).toMatchObject({ text: '12. Jul. 2023', value: '2023-07-12' });
    expect(only('Am 3. Jan. 2024 wurde gewählt.').value).toBe('2024-01-03');
  });

  it('does not take "jun." after a name for June', () => {
    expect(tag('Klaus Müller jun. übernahm den Betrieb.', { lang: 'de', dct })).toEqual([]);
  });

  it('reads a part of the day glued to a weekday or after it', () => {
    expect(only('Am Montagabend hatte der Rat getagt.')).toMatchObject({ text: 'Montagabend', type: 'TIME', value: '2024-10-21TEV' });
    expect(only('Der Zug fuhr Dienstag früh ab.')).toMatchObject({ text: 'Dienstag früh', type: 'TIME', value: '2024-10-22TMO' });
  });

  it('gives a compound of hours a duration in hours', () => {
    expect(only('Nach einer zweistündigen Debatte stimmte der Rat zu.')).toMatchObject({ type: 'DURATION', value: 'PT2H' });
  });
});

describe('speech verbs as past-tense cues', () => {
  it('dates "am Montag" after a Präteritum verb of saying from the speech list to the Monday before', () => {
    const [m] = tag('Die Ministerin versicherte am Montag, dass die Fähre wieder fährt.', { lang: 'de', dct: '2024-10-25' });
    expect(m).toMatchObject({ text: 'Montag', value: '2024-10-21' });
  });
});
