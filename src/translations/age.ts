import { locales, type Locale } from '../i18n/locales.ts';

const day = 86_400_000;

/**
 * The date a build measures ages against: `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds
 * convention) when set, so two builds of one commit agree, else the moment of the build.
 * @example buildDate({ SOURCE_DATE_EPOCH: '1764547200' }) // 2025-12-01T00:00:00.000Z
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
	const epoch = Number(env.SOURCE_DATE_EPOCH);
	return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

/** How old a version is, as a reader of a locale writes it. */
export interface Age {
	/** `YYYY-MM-DD`, for `<time datetime>`. */
	datetime: string;
	/** The date in the locale's format: `24.11.2026`. */
	date: string;
	/** The age in the locale's words: `vor 7 Tagen`, `heute`. */
	relative: string;
}

/**
 * The age of a date at the build date, in a locale: days up to six weeks, then months, then years.
 * @example ageAt(new Date('2026-11-24'), new Date('2026-12-01'), 'de-de') // { datetime: '2026-11-24', date: '24.11.2026', relative: 'vor 7 Tagen' }
 */
export function ageAt(date: Date, now: Date, locale: Locale): Age {
	const { relative, dates } = formattersOf(locale);
	const days = Math.max(
		0,
		Math.floor(
			(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) -
				Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())) /
				day,
		),
	);
	const text =
		days < 45
			? relative.format(-days, 'day')
			: days < 365
				? relative.format(-Math.round(days / 30.44), 'month')
				: relative.format(-Math.round(days / 365.25), 'year');
	return {
		datetime: date.toISOString().slice(0, 10),
		date: dates.format(date),
		relative: text,
	};
}

const formatters = new Map<
	Locale,
	{ relative: Intl.RelativeTimeFormat; dates: Intl.DateTimeFormat }
>();

/** A locale's date formatters, made once: a dashboard formats thousands of dates. */
function formattersOf(locale: Locale): {
	relative: Intl.RelativeTimeFormat;
	dates: Intl.DateTimeFormat;
} {
	let made = formatters.get(locale);
	if (!made) {
		const { lang } = locales[locale];
		made = {
			relative: new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }),
			dates: new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }),
		};
		formatters.set(locale, made);
	}
	return made;
}
