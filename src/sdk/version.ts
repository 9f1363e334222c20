/**
 * The version of the shell contract that mini-apps build against.
 * A manifest's `shell` range must be satisfied by it. Semantic versioning,
 * enforced by `npm run api:update` against the API report: the major moves
 * when an export is removed or changes incompatibly, the minor when exports
 * are added (1.1.0: `useCertificate` and the wallet's certificate types).
 */
export const SHELL_VERSION = '1.1.0'
