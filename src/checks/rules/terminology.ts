import type { Diagnostic } from '../../content/diagnostics.ts';
import { loadTerminology } from '../../search/terminology-file.ts';
import type { CheckedProject } from '../project.ts';

/** Every locale's terminology list (content/terminology/<locale>.yaml): its shape and repeated terms. */
export function checkTerminology(project: CheckedProject): Diagnostic[] {
	return loadTerminology(project.root).diagnostics;
}
