/**
 * The components articles may use, by the name they are written with in MDX. They are provided
 * to every article (no import needed); the MDX safety check rejects any other component.
 */
export const contentComponents = {
	/** A Learn-style alert: `<Alert type="note">…</Alert>`, or `> [!NOTE]` in Markdown. */
	Alert: 'src/components/Alert.astro',
	/** One sentence of a bilingual (sxs) translation: `<Sxs en="English">translation</Sxs>`. */
	Sxs: 'src/components/Sxs.astro',
} as const;

/** The names of the documented components. */
export const contentComponentNames = Object.keys(contentComponents);
