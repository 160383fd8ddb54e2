/**
 * Assumptions the guides need that the contract does not record as an `x-unverified` note, because
 * they are about the app around the API (its modes, its browser rules) rather than one operation or
 * field. Each says what the published facts leave open; the guides show it as "Not confirmed".
 */
export const GUIDE_ASSUMPTIONS = {
  'disabled-mode':
    'What the Local API answers while it is disabled is not published. The app may stop listening (the connection is refused), or GET /health may still answer with effectiveMode disabled; handle both.',
  credential:
    'SessionDock publishes that the bearer token is required on every request and that the user can regenerate it; its format and lifetime, and whether any other credential exists, are not published.',
  'browser-origins':
    'SessionDock publishes nothing about browser access: whether the app answers CORS preflights, and which web origins it allows, is not known. What this page says about allowed origins is how the sandbox behaves.',
  'project-path':
    "Whether projectPath names the project file (such as a .als or .cpr file) or the project folder is not published. The contract's examples, and these docs, use the project file.",
  'unavailable-scope':
    'Which parts of the app a 501 service covers is not published: the contract assumes a missing service affects only its own routes.',
} as const;

/** The name of one guide assumption. */
export type GuideAssumption = keyof typeof GUIDE_ASSUMPTIONS;

/** Whether `name` is one of the guide assumptions. */
export function isGuideAssumption(name: string): name is GuideAssumption {
  return Object.hasOwn(GUIDE_ASSUMPTIONS, name);
}
