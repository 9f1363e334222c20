/**
 * The version of the shell contract that mini-apps build against.
 * A manifest's `shell` range must be satisfied by it; bump the major version
 * whenever an SDK export changes incompatibly.
 */
export const SHELL_VERSION = '1.0.0'
