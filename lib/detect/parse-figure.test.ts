import { describe, expect, it } from 'vitest';
import { parseFigure } from './index';

describe('parseFigure', () => {
  it('reads the cases the claim form relies on', () => {
    expect(parseFigure('over 16,500 containers')).toEqual({ kind: 'number', value: 16500, unit: 'containers', qualifier: 'over' });
    expect(parseFigure('$14 billion')).toEqual({ kind: 'money', value: 14e9, currency: 'USD' });
    expect(parseFigure('four submarines')).toEqual({ kind: 'number', value: 4, unit: 'submarines' });
    expect(parseFigure('2,000 additional containers')).toEqual({ kind: 'number', value: 2000, unit: 'containers' });
    expect(parseFigure('October 9 and November 20, 2001')).toEqual({ kind: 'date', dates: ['2001-10-09', '2001-11-20'] });
  });

  it('takes the first figure of a longer selection', () => {
    expect(parseFigure('over 16,500 containers of munitions')).toMatchObject({ value: 16500, unit: 'containers' });
    expect(parseFigure('a record $14 billion deal with Poland')).toMatchObject({ kind: 'money', value: 14e9 });
  });

  it('reads money in other currencies and scales', () => {
    expect(parseFigure('€5bn')).toEqual({ kind: 'money', value: 5e9, currency: 'EUR' });
    expect(parseFigure('£300')).toEqual({ kind: 'money', value: 300, currency: 'GBP' });
    expect(parseFigure('EUR 3.2m')).toEqual({ kind: 'money', value: 3.2e6, currency: 'EUR' });
    expect(parseFigure('US$1.5 million')).toEqual({ kind: 'money', value: 1.5e6, currency: 'USD' });
    expect(parseFigure('14 billion dollars')).toEqual({ kind: 'money', value: 14e9, currency: 'USD' });
    expect(parseFigure('3.2m euros')).toEqual({ kind: 'money', value: 3.2e6, currency: 'EUR' });
    expect(parseFigure('¥157bn')).toEqual({ kind: 'money', value: 157e9, currency: 'JPY' });
    expect(parseFigure('$200-300 million')).toEqual({ kind: 'money', min: 200e6, max: 300e6, currency: 'USD' });
  });

  it('reads scales, number words and fractions', () => {
    expect(parseFigure('1.5 million')).toEqual({ kind: 'number', value: 1.5e6 });
    expect(parseFigure('1.5 million people')).toEqual({ kind: 'number', value: 1.5e6, unit: 'people' });
    expect(parseFigure('half a million refugees')).toEqual({ kind: 'number', value: 5e5, unit: 'refugees' });
    expect(parseFigure('twenty-five years')).toEqual({ kind: 'number', value: 25, unit: 'years' });
    expect(parseFigure('one hundred and twenty soldiers')).toEqual({ kind: 'number', value: 120, unit: 'soldiers' });
    expect(parseFigure('two and a half million')).toEqual({ kind: 'number', value: 2.5e6 });
    expect(parseFigure('a dozen eggs')).toEqual({ kind: 'number', value: 12, unit: 'eggs' });
    expect(parseFigure('a third of voters')?.value).toBeCloseTo(33.33, 2);
    expect(parseFigure('two-thirds of residents')?.value).toBeCloseTo(66.67, 2);
    expect(parseFigure('one in five children')).toEqual({ kind: 'percent', value: 20, unit: '%' });
  });

  it('reads percentages', () => {
    expect(parseFigure('12%')).toEqual({ kind: 'percent', value: 12, unit: '%' });
    expect(parseFigure('12 per cent')).toEqual({ kind: 'percent', value: 12, unit: '%' });
    expect(parseFigure('4.5 percent')).toEqual({ kind: 'percent', value: 4.5, unit: '%' });
    expect(parseFigure('0.2 percentage points')).toEqual({ kind: 'percent', value: 0.2, unit: 'percentage points' });
    expect(parseFigure('12-15%')).toEqual({ kind: 'percent', min: 12, max: 15, unit: '%' });
  });

  it('keeps vague amounts without a value', () => {
    expect(parseFigure('dozens')).toEqual({ kind: 'number', qualifier: 'dozens' });
    expect(parseFigure('dozens of people')).toEqual({ kind: 'number', unit: 'people', qualifier: 'dozens' });
    expect(parseFigure('tens of thousands of protesters')).toEqual({ kind: 'number', unit: 'protesters', qualifier: 'tens of thousands' });
    expect(parseFigure('several hundred')).toEqual({ kind: 'number', qualifier: 'several hundred' });
  });

  it('reads ranges and hedges', () => {
    expect(parseFigure('between 200 and 300')).toEqual({ kind: 'number', min: 200, max: 300, qualifier: 'between' });
    expect(parseFigure('from 200 to 300 homes')).toEqual({ kind: 'number', min: 200, max: 300, unit: 'homes', qualifier: 'from' });
    expect(parseFigure('more than 300')).toEqual({ kind: 'number', value: 300, qualifier: 'more than' });
    expect(parseFigure('at least 42 people')).toEqual({ kind: 'number', value: 42, unit: 'people', qualifier: 'at least' });
    expect(parseFigure('nearly 1,000 km')).toEqual({ kind: 'number', value: 1000, unit: 'km', qualifier: 'nearly' });
  });

  it('reads dates, partial where the text is', () => {
    expect(parseFigure('28 October 2024')).toEqual({ kind: 'date', dates: ['2024-10-28'] });
    expect(parseFigure('Oct. 28, 2024')).toEqual({ kind: 'date', dates: ['2024-10-28'] });
    expect(parseFigure('Monday, October 28, 2024')).toEqual({ kind: 'date', dates: ['2024-10-28'] });
    expect(parseFigure('February 2002')).toEqual({ kind: 'date', dates: ['2002-02'] });
    expect(parseFigure('October 28')).toEqual({ kind: 'date', dates: ['--10-28'] });
    expect(parseFigure('October 9–11, 2001')).toEqual({ kind: 'date', dates: ['2001-10-09', '2001-10-11'] });
    expect(parseFigure('2001-10-09')).toEqual({ kind: 'date', dates: ['2001-10-09'] });
    expect(parseFigure('25/12/2020')).toEqual({ kind: 'date', dates: ['2020-12-25'] });
    expect(parseFigure('between 2003 and 2023')).toEqual({ kind: 'date', dates: ['2003', '2023'], qualifier: 'between' });
    expect(parseFigure('2003 and 2006')).toEqual({ kind: 'date', dates: ['2003', '2006'] });
    expect(parseFigure('the late 1990s')).toEqual({ kind: 'date', value: 1990, unit: 'decade', qualifier: 'late' });
    expect(parseFigure('mid-1990s')).toEqual({ kind: 'date', value: 1990, unit: 'decade', qualifier: 'mid' });
    expect(parseFigure('early 2022')).toEqual({ kind: 'date', dates: ['2022'], qualifier: 'early' });
    expect(parseFigure('spring 2022')).toEqual({ kind: 'date', dates: ['2022'], qualifier: 'spring' });
    expect(parseFigure('the 21st century')).toEqual({ kind: 'date', value: 21, unit: 'century' });
  });

  it('reads clock times', () => {
    expect(parseFigure('5 p.m.')).toEqual({ kind: 'date', unit: 'time', time: '17:00' });
    expect(parseFigure('9:30 a.m.')).toEqual({ kind: 'date', unit: 'time', time: '09:30' });
    expect(parseFigure('17:30')).toEqual({ kind: 'date', unit: 'time', time: '17:30' });
    expect(parseFigure('12pm')).toEqual({ kind: 'date', unit: 'time', time: '12:00' });
  });

  it('returns null where there is no figure', () => {
    expect(parseFigure('Article 5')).toBeNull();
    expect(parseFigure('COVID-19')).toBeNull();
    expect(parseFigure('the first time')).toBeNull();
    expect(parseFigure('')).toBeNull();
  });
});
