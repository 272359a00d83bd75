import { describe, expect, test } from 'vitest';
import { foldLetters, spellingsOf, typedForm } from '../../../src/search/normalize.ts';

describe('letters as readers type them', () => {
	test('Arabic: alef forms, taa marbuta and haa, alef maksura and yaa, tashkeel', () => {
		expect(foldLetters('إعادة التوجيه')).toBe(foldLetters('اعاده التوجيه'));
		expect(foldLetters('أآإا')).toBe('اااا');
		expect(foldLetters('مُستخدِم')).toBe('مستخدم');
		expect(foldLetters('على')).toBe(foldLetters('علي'));
	});
	test('German: ä/ae, ö/oe, ü/ue, ß/ss', () => {
		expect(foldLetters('Schlüssel')).toBe('schluessel');
		expect(foldLetters('Größe')).toBe('groesse');
		expect(foldLetters('Überprüfung')).toBe(foldLetters('Ueberpruefung'));
	});
	test('full-width forms as half-width', () => {
		expect(foldLetters('ＡＡＤＳＴＳ５００１１：')).toBe('aadsts50011:');
		expect(typedForm('ＡＡＤＳＴＳ５００１１')).toBe('AADSTS50011');
	});
	test('the spellings a word is also searched under', () => {
		expect(spellingsOf('Schluessel', 'de')).toEqual(['schluessel', 'schlüssel']);
		expect(spellingsOf('Schlüssel', 'de')).toEqual(['schlüssel', 'schluessel']);
		expect(spellingsOf('Quelle', 'de')).toEqual(['quelle']);
		expect(spellingsOf('المصادقه', 'ar')).toEqual(['المصادقه', 'المصادقة']);
		expect(spellingsOf('المُصادقة', 'ar')).toEqual(['المصادقة', 'المصادقه']);
		expect(spellingsOf('token', 'en')).toEqual(['token']);
	});
});
