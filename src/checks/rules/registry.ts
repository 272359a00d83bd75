import type { Diagnostic } from '../../content/diagnostics.ts';
import type { CheckedProject } from '../project.ts';

/** The error-code registry and its explanations in every locale. */
export function checkRegistry(project: CheckedProject): Diagnostic[] {
	return project.registryDiagnostics;
}
