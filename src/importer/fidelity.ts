import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { articleParser } from '../markdown/index.ts';
import { pairMarks } from './docfx-blocks.ts';

/** One run of text a reader must find on the page, and the line (1-based) of the Markdown it is on. */
export interface TextRun {
	text: string;
	line: number;
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The text runs of a tree: its text and inline code, as a reader sees them. */
function runsOf(tree: Root): TextRun[] {
	const runs: TextRun[] = [];
	visit(tree, (node: Nodes) => {
		const line = node.position?.start.line ?? 0;
		// An alert's `[!NOTE]` marker becomes the <Alert> itself: it is not text the reader sees.
		if (node.type === 'text')
			runs.push({
				text: normalize(node.value.replace(/^\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/i, '')),
				line,
			});
		if (node.type === 'inlineCode' || node.type === 'code')
			runs.push({ text: normalize(node.value), line });
		if (node.type === 'html')
			runs.push({
				text: normalize(
					node.value.replace(/^<!--[\s\S]*-->$/, '').replace(/^<\/?(a|br|span)\b[^>]*>$/i, ''),
				),
				line,
			});
	});
	return runs.filter((r) => r.text.length > 0);
}

/** The text runs of Learn Markdown (sentence marks removed): what a reader must find on the page. */
export function learnTextRuns(learnMarkdown: string): TextRun[] {
	const marks = new RegExp(`${pairMarks.open}\\d+${pairMarks.id}|${pairMarks.close}`, 'g');
	return runsOf(
		unified().use(remarkParse).use(remarkGfm).parse(learnMarkdown.replace(marks, '')) as Root,
	);
}

/**
 * The text of each line of Learn Markdown that has 12 characters or more once its Markdown is
 * read (each line parsed alone; table rows and code blocks aside): a coarser measure than runs,
 * which a bold word or a link does not split.
 */
export function learnLineTexts(learnMarkdown: string): TextRun[] {
	const marks = new RegExp(`${pairMarks.open}\\d+${pairMarks.id}|${pairMarks.close}`, 'g');
	const lines: TextRun[] = [];
	let fenced = false;
	let comment = false;
	learnMarkdown
		.replace(marks, '')
		.split('\n')
		.forEach((source, index) => {
			if (/^\s*(`{3,}|~{3,})/.test(source)) fenced = !fenced;
			// A line inside an HTML comment is not shown, on Learn or here.
			const inComment = comment || /^\s*<!--/.test(source);
			comment = inComment && !source.includes('-->');
			if (fenced || inComment || /^\s*\|/.test(source)) return;
			// Each line alone and unindented: indentation that nests it in a list would make it code.
			const text = normalize(
				toString(unified().use(remarkParse).use(remarkGfm).parse(source.trimStart()), {
					includeHtml: false,
				}).replace(/^\[!(NOTE|TIP|IMPORTANT|CAUTION|WARNING)\]/i, ''),
			);
			if (text.length >= 12) lines.push({ text, line: index + 1 });
		});
	return lines;
}

/**
 * The text runs of the Learn Markdown that the MDX does not contain: an empty list means nothing
 * a writer wrote was lost in conversion.
 */
export function missingTextRuns(learnMarkdown: string, mdx: string): TextRun[] {
	const input = learnTextRuns(learnMarkdown);
	const runs = runsOf(articleParser.parse(mdx)).map((r) => r.text);
	// Sentences marked as <Sxs> split a run where the text had no space (Chinese, Japanese): the
	// page shows them side by side, so runs are also compared joined without a space.
	const spaced = ` ${runs.join(' ')} `;
	const joined = runs.join('');
	return input.filter((run) => !spaced.includes(run.text) && !joined.includes(run.text));
}
