/**
 * The package version. The JSON import is inlined by the bundler, so
 * `dist/cli.js` carries it and `--version` loads nothing else.
 */
import packageJson from '../../package.json' with {type: 'json'}

/** Version of this `ldpress`, from package.json. */
export const version: string = packageJson.version
