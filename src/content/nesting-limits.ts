/**
 * Limits on how deeply an article may nest, checked on its text before it is parsed. The Markdown
 * parser's time grows much faster than the text for deep nesting (10,000 nested list markers on
 * one line take minutes, then overflow the stack), so a pull request could stall every build.
 * Real troubleshooting articles stay far below these limits.
 */
const nestingLimits = {
	/** Lists and block quotes opened on one line (`- > - …`). */
	containers: 16,
	/** Columns of indentation outside code blocks. */
	indentation: 64,
	/** Elements written as JSX inside one another (`<details><span>…`). */
	elements: 32,
	/** Link brackets opened inside one another on one line (`[[[…`). */
	brackets: 16,
	/** Characters in one run of emphasis marks (`*****…`, `_____…`). */
	emphasisRun: 50,
} as const;

/** Where the text first goes past a limit, and which. */
export interface NestingProblem {
	line: number;
	column: number;
	message: string;
}

const containerMarker = /^[ \t]{0,3}(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]+|$)/;

/**
 * Finds the first place where an article's text nests deeper than `nestingLimits` allow, in time
 * linear in its length (fenced code and inline code are not counted).
 * @example findNestingProblem('- '.repeat(10_000) + 'x')?.message // 'lists and quotes nested 10000 deep …'
 */
export function findNestingProblem(body: string): NestingProblem | undefined {
	const lines = body.split('\n');
	let fence: string | undefined;
	let elements = 0;
	for (const [index, raw] of lines.entries()) {
		const at = (column: number, message: string): NestingProblem => ({ line: index + 1, column, message });
		const fenceMark = /^[ \t>*+-]*(`{3,}|~{3,})/.exec(raw)?.[1];
		if (fence) {
			if (fenceMark?.startsWith(fence)) fence = undefined;
			continue;
		}
		if (fenceMark) {
			fence = fenceMark;
			continue;
		}
		let rest = raw;
		let containers = 0;
		for (let marker = containerMarker.exec(rest); marker; marker = containerMarker.exec(rest)) {
			containers++;
			rest = rest.slice(marker[0].length);
		}
		if (containers > nestingLimits.containers) return at(1, `lists and quotes nested ${containers} deep on one line: articles may nest at most ${nestingLimits.containers}`);
		const indentation = /^[ \t]*/.exec(raw)?.[0].replace(/\t/g, '    ').length ?? 0;
		if (indentation > nestingLimits.indentation) return at(1, `indented ${indentation} columns: articles may indent at most ${nestingLimits.indentation} (put code in a fenced code block)`);
		const text = raw.replace(/(`+)[\s\S]*?\1/g, (code) => ' '.repeat(code.length));
		const run = /([*_])\1{49,}/.exec(text);
		if (run) return at(run.index + 1, `${run[0].length} ${run[1]} in a row: write at most ${nestingLimits.emphasisRun}, or escape them (\\${run[1]})`);
		let brackets = 0;
		for (const [column, char] of [...text].entries()) {
			if (char === '[') brackets++;
			else if (char === ']') brackets = Math.max(0, brackets - 1);
			if (brackets > nestingLimits.brackets) return at(column + 1, `link brackets nested more than ${nestingLimits.brackets} deep: escape literal brackets as \\[`);
		}
		for (const tag of text.matchAll(/<(\/?)[A-Za-z][^<>]*?(\/?)>/g)) {
			if (tag[1]) elements = Math.max(0, elements - 1);
			else if (!tag[2]) elements++;
			if (elements > nestingLimits.elements) return at(tag.index + 1, `elements nested more than ${nestingLimits.elements} deep: articles may nest at most ${nestingLimits.elements}`);
		}
	}
	return undefined;
}
