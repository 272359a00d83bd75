import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { ageAt } from '../../src/translations/age.ts';

/** The date a version's age counts from: its last commit, else its ms.date (MM/DD/YYYY). */
function versionDate(file: string): Date {
	const committed = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
		encoding: 'utf8',
	}).trim();
	if (committed) return new Date(committed);
	const [month, day, year] = (
		/^ms\.date: (\S+)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? ''
	).split('/');
	return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
}

test('the dashboard gives each version its own age against the build date, in the reader’s format', async ({
	page,
}) => {
	for (const [locale, cell, file] of [
		['de-de', 'en-us', 'content/articles/en-us/aadsts50011.mdx'],
		['ar-sa', 'zh-cn', 'content/articles/zh-cn/aadsts50000.mdx'],
		['ja-jp', 'ja-jp', 'content/articles/ja-jp/aadsts50011.mdx'],
	] as const) {
		await page.goto(`/${locale}/translation-status/`);
		const row = page.locator('tbody tr').filter({
			has: page.locator(
				`a[href="/${locale}/troubleshoot/${file.split('/').at(-1)?.replace('.mdx', '')}/"]`,
			),
		});
		const age = ageAt(versionDate(file), new Date(), locale);
		await expect(row.locator(`td[data-locale="${cell}"] time`)).toHaveAttribute(
			'datetime',
			age.datetime,
		);
		await expect(row.locator(`td[data-locale="${cell}"] small`)).toHaveText(
			`${age.relative} · ${age.date}`,
		);
	}
});
