/**
 * Where ldpress's documentation lives, for formats that link to it (SARIF's
 * `informationUri` and `helpUri`, the GitHub step summary). One place, so a
 * move of the docs is one edit.
 */

/** The package page; it shows the README. (package.json has no `homepage` or `repository` yet.) */
export const homepage = 'https://www.npmjs.com/package/ldpress'

/**
 * The README's `## Rules` section. `scripts/rules-doc.mjs` generates one
 * table per rule source under `### \`source/\`` headings and no per-rule
 * anchors, and the heading slugs are not unique (`### \`ldpress/\``
 * collides with the `# ldpress` title), so every rule links to the section.
 */
export const rulesUrl = `${homepage}#rules`

/** Documentation of one rule. */
export function ruleUrl(_ruleId: string): string {
  return rulesUrl
}
