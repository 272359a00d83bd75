import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import OutdatedNotice from '../../../src/components/OutdatedNotice.astro';
import { sectionVersions, splitSections } from '../../../src/translations/section-versions.ts';
import { translationStatuses, type VersionedArticle } from '../../../src/translations/status.ts';

const article = (body: string) => `---\ntitle: T\ndescription: D\n---\n${body}`;
const v1 = article('Intro.\n\n## Cause\n\nOld cause.\n\n## Resolution\n\nFix it.\n');
const v2 = v1.replace('Old cause.', 'New cause.');
const source = (text: string): VersionedArticle => ({
	locale: 'en-us',
	slug: 'a',
	versionHash: text === v1 ? 'h1' : 'h2',
	sections: () =>
		splitSections(text.slice(text.indexOf('---\n', 4) + 4), { title: 'T', description: 'D' }),
});
const de = (statuses: ReturnType<typeof translationStatuses>) =>
	statuses.find((s) => s.locale === 'de-de');
const translation = (recordedSections?: Record<string, string>): VersionedArticle => ({
	locale: 'de-de',
	slug: 'a',
	versionHash: 'x',
	sourceHash: 'h1',
	recordedSections,
});

describe('section-level staleness', () => {
	test('each section from heading to heading has its own version; the intro covers title and description', () => {
		const versions = sectionVersions({ title: 'T', description: 'D' }, v1);
		expect(Object.keys(versions)).toEqual(['_intro', 'cause', 'resolution']);
		const changed = sectionVersions({ title: 'T', description: 'D' }, v2);
		expect(Object.keys(versions).filter((id) => versions[id] !== changed[id])).toEqual(['cause']);
		expect(sectionVersions({ title: 'T2', description: 'D' }, v1)._intro).not.toBe(versions._intro);
	});

	test('a translation that recorded section versions is outdated only in the sections that changed, and names them', () => {
		const recorded = sectionVersions({ title: 'T', description: 'D' }, v1);
		expect(de(translationStatuses([source(v2), translation(recorded)]))).toMatchObject({
			locale: 'de-de',
			state: 'outdated',
			changedSections: [{ id: 'cause', title: 'Cause' }],
		});
		expect(de(translationStatuses([source(v1), translation(recorded)]))?.state).toBe('current');
		// Without section versions, any change to the file makes the whole translation outdated.
		expect(de(translationStatuses([source(v1), translation()]))).toMatchObject({
			state: 'current',
		});
		const whole = de(translationStatuses([source(v2), translation()]));
		expect([whole?.state, whole?.changedSections]).toEqual(['outdated', undefined]);
	});

	test('the outdated banner names the changed sections in the reader’s language', async () => {
		const container = await AstroContainer.create();
		const html = await container.renderToString(OutdatedNotice, {
			props: {
				locale: 'de-de',
				slug: 'a',
				sections: [
					{ id: '_intro', title: '' },
					{ id: 'cause', title: 'Cause' },
				],
			},
		});
		expect(html).toContain(
			'<p data-changed-sections>Seit dieser Übersetzung geänderte Abschnitte des englischen Artikels: Einleitung, Cause</p>',
		);
	});
});
