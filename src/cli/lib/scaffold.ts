import { placeholders } from '../../content/placeholders.ts';
import { locales, type Locale } from '../../i18n/locales.ts';
import { hashSourceFile, setFrontMatterField } from '../../translations/source-version.ts';

/** Today as Learn writes dates: MM/DD/YYYY. */
export function learnToday(): string {
	const now = new Date();
	return `${String(now.getUTCMonth() + 1).padStart(2, '0')}/${String(now.getUTCDate()).padStart(2, '0')}/${now.getUTCFullYear()}`;
}

/** A new source article with the Learn troubleshooting sections. */
export function sourceTemplate(slug: string, date: string): string {
	const code = /^aadsts(\d{5,9})$/.exec(slug);
	return [
		'---',
		`title: ${code ? `Error AADSTS${code[1]} – ` : ''}${placeholders.title}`,
		`description: ${placeholders.description}`,
		`ms.date: ${date}`,
		'ms.topic: troubleshooting-problem-resolution',
		'ms.service: entra-id',
		...(code ? ['errorCodes:', `- AADSTS${code[1]}`] : []),
		'---',
		'## Symptoms',
		'',
		placeholders.symptoms,
		'',
		'## Cause',
		'',
		placeholders.cause,
		'',
		'## Resolution',
		'',
		`1. ${placeholders.resolution}`,
		'',
		'## More information',
		'',
		placeholders.moreInformation,
		'',
	].join('\n');
}

/** A translation scaffold: the source, marked as made from its current version. */
export function translationTemplate(sourceFile: string, source: string, locale: Locale): string {
	let text = setFrontMatterField(source, 'ms.contentlocale', locales[locale].lang);
	text = setFrontMatterField(text, 'ms.translationtype', 'HT');
	// Quoted: a hash such as 9373048239e53598 would otherwise be read by YAML as a number.
	return setFrontMatterField(text, 'sourceHash', `"${hashSourceFile(sourceFile, source)}"`);
}
