/**
 * Letters as readers type them: the same word written with other letter forms. Runs in the
 * browser (queries) and at build time (terminology lists); it depends on nothing.
 */

/** Arabic short vowels and other marks (tashkeel), the superscript alef and the tatweel. */
const arabicMarks = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * The form two spellings of one word share, for comparing words (never shown): full-width forms
 * as half-width (NFKC), lowercase, Arabic without tashkeel and with one alef, yaa and haa, German
 * umlauts and ß written out.
 * @example foldLetters('ＡＡＤＳＴＳ：') // 'aadsts:'
 * @example foldLetters('Schlüssel') === foldLetters('Schluessel') // true
 * @example foldLetters('المُصادَقة') === foldLetters('المصادقه') // true
 */
export function foldLetters(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(arabicMarks, '')
		.replace(/[أإآٱ]/g, 'ا')
		.replace(/ى/g, 'ي')
		.replace(/ة/g, 'ه')
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss');
}

/**
 * What a query is searched as before anything else: full-width letters and punctuation as
 * half-width (ＡＡＤＳＴＳ５００００ → AADSTS50000, ： → :) and Arabic without tashkeel.
 * @example typedForm('ＡＡＤＳＴＳ５００１１') // 'AADSTS50011'
 */
export function typedForm(text: string): string {
	return text.normalize('NFKC').replace(arabicMarks, '');
}

/**
 * The spellings a word is also searched under, the word itself first: German ae/oe/ue and
 * ä/ö/ü either way (ß as ss), Arabic final haa and taa marbuta, final yaa and alef maksura either way.
 * (Pagefind's Arabic stemmer already folds the alef forms; its German one folds ä to a.)
 * @example spellingsOf('Schluessel', 'de') // ['schluessel', 'schlüssel']
 * @example spellingsOf('المصادقه', 'ar') // ['المصادقه', 'المصادقة']
 */
export function spellingsOf(word: string, language: string): string[] {
	const typed = typedForm(word).toLowerCase();
	const forms = [typed];
	if (language === 'de') {
		forms.push(
			typed
				.replace(/ae/g, 'ä')
				.replace(/oe/g, 'ö')
				.replace(/(?<!q)ue/g, 'ü'),
		);
		forms.push(
			typed.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'),
		);
	}
	if (language === 'ar') {
		forms.push(typed.replace(/ه$/, 'ة').replace(/ى$/, 'ي'));
		forms.push(typed.replace(/ة$/, 'ه').replace(/ي$/, 'ى'));
	}
	return [...new Set(forms)];
}
