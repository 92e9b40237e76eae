import { describe, expect, it } from 'vitest';
import type { Language } from '../../../../core/language';
import { tag } from '../../../../core/tagger';

/** Tags a narrative (no publication date) and returns text → value for each expression found. */
function values(text: string, lang: Language, dct?: string): Record<string, string> {
  return Object.fromEntries(tag(text, { lang, dct }).map((t) => [t.text, t.value]));
}

function find(text: string, lang: Language, needle: string, dct?: string) {
  const t = tag(text, { lang, dct }).find((x) => x.text === needle);
  expect(t, `"${needle}" in ${JSON.stringify(tag(text, { lang, dct }).map((x) => x.text))}`).toBeDefined();
  return t!;
}

describe('German narratives without a publication date', () => {
  const opening = 'Am 3. Mai 1917 begann die Offensive am Fluss.';

  it("dates 'zwei Tage später' two days after the last mentioned date", () => {
    const t = find(`${opening} Zwei Tage später brach der Angriff zusammen.`, 'de', 'Zwei Tage später');
    expect(t).toMatchObject({ type: 'DATE', value: '1917-05-05' });
  });

  it("dates 'am folgenden Tag', 'Tags darauf' and 'am Vortag' from the last mentioned day", () => {
    const v = values(`${opening} Am folgenden Tag zog sich die Brigade zurück. Tags darauf kam Regen.`, 'de');
    expect(v['folgenden Tag']).toBe('1917-05-04');
    expect(v['Tags darauf']).toBe('1917-05-05');
    expect(values(`${opening} Am Vortag hatte der Stab noch gezögert.`, 'de')['Vortag']).toBe('1917-05-02');
  });

  it("makes 'am nächsten Morgen' a TIME on the following day", () => {
    expect(find(`${opening} Am nächsten Morgen lag Nebel über dem Tal.`, 'de', 'nächsten Morgen')).toMatchObject({ type: 'TIME', value: '1917-05-04TMO' });
  });

  it("counts 'drei Wochen danach' in ISO weeks and 'zwei Monate zuvor' in months", () => {
    const v = values(`${opening} Drei Wochen danach war die Front erstarrt.`, 'de');
    expect(v['Drei Wochen danach']).toBe('1917-W21');
    expect(values(`${opening} Zwei Monate zuvor hatte man gewarnt.`, 'de')['Zwei Monate zuvor']).toBe('1917-03');
  });

  it("resolves 'im selben Jahr', 'im Jahr darauf' and 'Anfang des folgenden Jahres' against the reference year", () => {
    const v = values(`${opening} Im selben Jahr fiel der König. Im Jahr darauf kam der Waffenstillstand.`, 'de');
    expect(v['selben Jahr']).toBe('1917');
    expect(v['Jahr darauf']).toBe('1918');
    expect(values(`${opening} Anfang des folgenden Jahres kehrten sie heim.`, 'de')['Anfang des folgenden Jahres']).toBe('1918');
  });

  it("puts 'im Herbst' and 'am 22. Juni' without a year into the year of the last mentioned date", () => {
    const v = values(`${opening} Im Herbst wurde die Stellung geräumt. Am 22. Juni hatte es geschneit.`, 'de');
    expect(v['Herbst']).toBe('1917-FA');
    expect(v['22. Juni']).toBe('1917-06-22');
  });

  it('chains: a resolved relative date becomes the next reference', () => {
    const v = values(`${opening} Zwei Tage später fiel die Stadt. Am folgenden Tag ergab sich die Garnison.`, 'de');
    expect(v['folgenden Tag']).toBe('1917-05-06');
  });

  it('keeps the finer reference when the same year is mentioned again', () => {
    const v = values('Am 10. Juli 1943 landeten die Alliierten. Noch 1943 stürzte das Regime. Am nächsten Tag tagte der Rat.', 'de');
    expect(v['nächsten Tag']).toBe('1943-07-11');
  });

  it('leaves day offsets underspecified when only a year is known', () => {
    expect(values('Im Jahr 1812 zog das Heer nach Osten. Zwei Tage später brannte die Stadt.', 'de')['Zwei Tage später']).toBe('P2D');
  });

  it('reads written-out day ordinals ("am zwölften Dezember")', () => {
    expect(values('Am zwölften Dezember 1870 kapitulierte die Festung.', 'de')['zwölften Dezember 1870']).toBe('1870-12-12');
    expect(values(`${opening} Am einunddreißigsten Mai endete der Vorstoß.`, 'de')['einunddreißigsten Mai']).toBe('1917-05-31');
  });

  it('writes years before Christ as BC plus four digits', () => {
    expect(find('Im Jahr 216 v. Chr. unterlag Rom bei Cannae.', 'de', 'Jahr 216 v. Chr.').value).toBe('BC0216');
    expect(values('Die Schlacht fand 31 vor Christus statt.', 'de')['31 vor Christus']).toBe('BC0031');
  });

  it('keeps centuries, decades and phases of years as before', () => {
    const v = values('Im 18. Jahrhundert und in den 1920er Jahren, Mitte des Jahres 1941.', 'de');
    expect(v['18. Jahrhundert']).toBe('17');
    expect(v['den 1920er Jahren']).toBe('192');
    expect(v['Mitte des Jahres 1941']).toBe('1941');
  });

  it("resolves 'im März des folgenden Jahres' and 'im Sommer desselben Jahres'", () => {
    const v = values(`${opening} Im März des folgenden Jahres ruhte die Front, im Sommer desselben Jahres nicht mehr.`, 'de');
    expect(v['März des folgenden Jahres']).toBe('1918-03');
    expect(v['Sommer desselben Jahres']).toBe('1918-SU');
  });
});

describe('German news with a publication date', () => {
  it("anchors 'am folgenden Tag' on the date mentioned before it, not on the publication date", () => {
    const v = values('Am 12. März wurde der Vertrag unterzeichnet. Am folgenden Tag trat der Minister zurück.', 'de', '2024-04-02');
    expect(v['folgenden Tag']).toBe('2024-03-13');
  });

  it("keeps 'drei Jahre später' a duration, as KRAUTS annotates news", () => {
    expect(values('Die Firma wurde 2001 gegründet, drei Jahre später ging sie pleite.', 'de', '2024-04-02')['drei Jahre später']).toBe('P3Y');
  });

  it("keeps deictic 'im nächsten Jahr' on the publication date", () => {
    expect(values('Am 12. März 2019 wurde gewählt. Im nächsten Jahr wird neu gewählt.', 'de', '2024-04-02')['nächsten Jahr']).toBe('2025');
  });
});

describe('English narratives without a publication date', () => {
  const opening = 'On June 6, 1944, Allied troops landed in Normandy.';

  it("dates 'two days later' two days after the last mentioned date", () => {
    expect(find(`${opening} Two days later they took the town.`, 'en', 'Two days later')).toMatchObject({ type: 'DATE', value: '1944-06-08' });
  });

  it("dates 'the next day' and 'the following morning' from the last mentioned day", () => {
    const v = values(`${opening} The next day the weather cleared. The following morning the tanks moved.`, 'en');
    expect(v['The next day']).toBe('1944-06-07');
    expect(v['The following morning']).toBe('1944-06-08TMO');
  });

  it("resolves 'the following week', 'later that year' and 'the spring of that year'", () => {
    const v = values(`${opening} The following week the port fell. Later that year Paris was freed.`, 'en');
    expect(v['The following week']).toBe('1944-W24');
    expect(v['Later that year']).toBe('1944');
    expect(values(`${opening} In the spring of that year the bombing had begun.`, 'en')['the spring of that year']).toBe('1944-SP');
  });

  it("dates 'by the end of the month' in the reference month", () => {
    expect(values(`${opening} By the end of the month a million men were ashore.`, 'en')['the end of the month']).toBe('1944-06');
  });

  it('gives a month without a year the year of the last mentioned date', () => {
    expect(values(`${opening} In August the front broke open.`, 'en')['August']).toBe('1944-08');
  });

  it('writes years before Christ as BC plus four digits', () => {
    expect(values('Caesar crossed the Rubicon in 49 BC.', 'en')['49 BC']).toBe('BC0049');
  });

  it("does not tag 'may' the verb", () => {
    expect(tag(`${opening} The general may have known. May he rest in peace.`, { lang: 'en' }).map((t) => t.text)).toEqual(['June 6, 1944']);
  });
});

describe('English news with a publication date', () => {
  const dct = '2024-10-25';

  it("anchors 'the next day' on the date mentioned before it", () => {
    expect(values('The talks opened on Oct. 14. The next day both sides walked out.', 'en', dct)['The next day']).toBe('2024-10-15');
  });

  it("falls back to the publication date for 'the next day' when no date was mentioned", () => {
    expect(values('Officials said the next day would bring rain.', 'en', dct)['the next day']).toBe('2024-10-26');
  });

  it("keeps '[three days] later' a duration, as TimeBank annotates news", () => {
    expect(find('The plant closed on Oct. 2; three days later it reopened.', 'en', 'three days', dct).value).toBe('P3D');
  });

  it("does not date 'two weeks before the vote'", () => {
    expect(find('Two weeks before the vote, polls tightened.', 'en', 'Two weeks', dct).type).toBe('DURATION');
  });

  it("reads 'recent years' as a past reference and 'the coming months' as a vague duration", () => {
    expect(values('Prices have risen in recent years.', 'en', dct)['recent years']).toBe('PAST_REF');
    expect(values('Talks will resume in the coming months.', 'en', dct)['the coming months']).toBe('PXM');
  });
});

describe('a history read with a publication date', () => {
  // Written for this test; a history names its own years, none near the publication date.
  const history = [
    'Der Zweite Weltkrieg begann am 1. September 1939 um 4:45 Uhr mit dem Angriff auf Polen. Zwei Tage später erklärten Großbritannien und Frankreich den Krieg.',
    'Im Frühjahr 1940 besetzte die Wehrmacht Dänemark und Norwegen; am 10. Mai 1940 begann der Westfeldzug. Im Juni kapitulierte Frankreich.',
    'Die Luftschlacht um England dauerte vom Juli bis Oktober 1940. Im folgenden Jahr weitete sich der Krieg aus: Am 6. April 1941 griffen deutsche Truppen Jugoslawien an.',
    'Am 27. März hatte dort ein Putsch die Regierung gestürzt. Am 22. Juni 1941 begann der Angriff auf die Sowjetunion, am 7. Dezember 1941 der japanische Angriff auf Pearl Harbor.',
    'Im Jahr 1942 erreichte die Ausdehnung ihren Höhepunkt; 1943 wendete sich das Blatt bei Stalingrad. Der Krieg in Europa endete am 8. Mai 1945.',
  ].join('\n\n');

  it('keeps every date in the story\'s own years, whatever the publication date', () => {
    for (const dct of ['2011-02-16', undefined]) {
      const v = values(history, 'de', dct);
      expect(v['1. September 1939 um 4:45 Uhr'] ?? v['1. September 1939']).toMatch(/^1939-09-01/);
      expect(v['Zwei Tage später']).toBe('1939-09-03');
      expect(v['Juni']).toBe('1940-06');
      expect(v['folgenden Jahr']).toBe('1941');
      expect(v['27. März']).toBe('1941-03-27');
    }
  });
});

describe('a news story that turns to history in one paragraph', () => {
  const story = 'Die Regierung in Seoul hat am Montag neue Gespräche angekündigt. Im vergangenen Jahr waren sie gescheitert.\n\n' +
    'Im Koreakrieg 1950 hatte der Norden den Süden überfallen. Im Herbst kamen chinesische Truppen hinzu.\n\n' +
    'Im Herbst soll nun verhandelt werden.';

  it('dates a season without a year in that paragraph to the story\'s year, and keeps the reporter\'s own references', () => {
    const found = tag(story, { lang: 'de', dct: '2024-10-25' }).map((t) => [t.text, t.value]);
    expect(found).toEqual([
      ['Montag', '2024-10-21'], ['vergangenen Jahr', '2023'], ['1950', '1950'], ['Herbst', '1950-FA'], ['Herbst', '2024-FA'],
    ]);
  });
});

describe('numbers that are no years', () => {
  it('reads "mit 1370 Landungsbooten" and "unter den 1198 Opfern" as amounts, so they anchor nothing', () => {
    const v = tag('Am 6. Juni 1944 landeten die Alliierten mit 1370 Landungsbooten. Unter den 1198 Opfern waren Kinder. Am 7. Juni folgte die zweite Welle.', { lang: 'de' });
    expect(v.map((t) => [t.text, t.value])).toEqual([['6. Juni 1944', '1944-06-06'], ['7. Juni', '1944-06-07']]);
  });

  it('reads "some 1500 troops" as an amount in English', () => {
    expect(tag('Some 1500 troops crossed the river.', { lang: 'en' })).toEqual([]);
  });

  it('does not let "bis 1915" after a day move the story to 1915', () => {
    const v = tag('Am 21. August 1914 wurden Einheiten aufgestellt, insgesamt bis 1915 dreißig Divisionen. Am 10. September folgten weitere.', { lang: 'de' });
    expect(v.find((t) => t.text === '10. September')?.value).toBe('1914-09-10');
  });
});
