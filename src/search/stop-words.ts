/**
 * Words of each language that say nothing about what a page is about: they do not count when a
 * query is matched word by word. Short lists of the commonest function words, plus the words
 * support staff add to every query ("error", "problem", "not working").
 */
const stopWords: Record<string, readonly string[]> = {
	en: "a an and are as at be but by can can't cannot could do does doesn't don't for from get gets getting has have how i if in into is isn't it its it's me my no not of on or our out so that the their them then there these they this to too up us was we what when where which while who why will with won't you your error errors issue problem working work works fails failed failing help please".split(
		' ',
	),
	de: 'aber als am an auch auf aus bei bin bis da das dass dem den der des die doch du ein eine einem einen einer er es für geht hat habe haben ich ihr im in ist ja kann keine können mein mit nach nicht nur oder sich sie sind so über um und uns unser unsere von vor was wenn wie wir wird zu zum zur fehler problem funktioniert funktionieren bitte'.split(
		' ',
	),
	fr: 'à au aux avec ce ces cette dans de des du elle en est et être il ils je la le les leur ma mais me mes mon ne nos notre nous on ou où par pas peut peux plus pour qu que qui sa se ses son sur ta te tes ton tu un une vos votre vous y erreur problème marche fonctionne pas'.split(
		' ',
	),
	ja: 'の は が を に で と も へ や から まで より する して した します できない できません ない ません です ます て た こと これ それ あの この その エラー 問題'.split(
		' ',
	),
	zh: '的 了 是 在 我 我们 你 他 她 它 和 与 或 就 都 也 很 不 没 没有 无法 不能 一个 这 那 吗 呢 吧 啊 时 用 被 把 错误 问题'.split(
		' ',
	),
	ar: 'في من على إلى الى عن مع لا لم لن ما هذا هذه ذلك تلك هو هي أن ان إن او أو ثم قد كل بعد قبل عند لدي لدينا يمكن لا يعمل خطأ مشكلة'.split(
		' ',
	),
};

const sets = new Map(
	Object.entries(stopWords).map(([language, words]) => [language, new Set(words)]),
);

/**
 * Tells whether a word (lowercase) is a stop word of a language (`en`, `zh`, …).
 * @example isStopWord('the', 'en') // true
 * @example isStopWord('redirect', 'en') // false
 */
export function isStopWord(word: string, language: string): boolean {
	return sets.get(language)?.has(word) ?? false;
}
