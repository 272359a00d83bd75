import { describe, expect, test } from 'vitest';
import { ageAt, buildDate } from '../../../src/translations/age.ts';

const built = new Date('2026-12-01T22:00:00Z');

describe('the age of a translation on the dashboard', () => {
	test('is counted in days against the build date, in the reader’s language and date format', () => {
		expect(ageAt(new Date('2026-11-24T09:00:00Z'), built, 'de-de')).toEqual({
			datetime: '2026-11-24',
			date: '24.11.2026',
			relative: 'vor 7 Tagen',
		});
		expect(ageAt(new Date('2026-11-24'), built, 'en-us')).toEqual({
			datetime: '2026-11-24',
			date: 'Nov 24, 2026',
			relative: '7 days ago',
		});
		expect(ageAt(new Date('2026-11-24'), built, 'ja-jp')).toEqual({
			datetime: '2026-11-24',
			date: '2026/11/24',
			relative: '7 日前',
		});
		expect(ageAt(new Date('2026-12-01T01:00:00Z'), built, 'fr-fr').relative).toBe('aujourd’hui');
		expect(ageAt(new Date('2026-11-30'), built, 'zh-cn').relative).toBe('昨天');
	});

	test('uses months after six weeks and years after one', () => {
		expect(ageAt(new Date('2026-08-01'), built, 'en-us').relative).toBe('4 months ago');
		expect(ageAt(new Date('2021-03-19'), built, 'en-us').relative).toBe('6 years ago');
		expect(ageAt(new Date('2021-03-19'), built, 'ar-sa').relative).toBe('قبل ٦ سنوات');
	});

	test('a reproducible build measures from SOURCE_DATE_EPOCH', () => {
		expect(buildDate({ SOURCE_DATE_EPOCH: '1764547200' }).toISOString()).toBe(
			'2025-12-01T00:00:00.000Z',
		);
		expect(Math.abs(buildDate({}).getTime() - Date.now())).toBeLessThan(1000);
	});
});
