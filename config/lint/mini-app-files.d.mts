export declare const CODE_EXTENSIONS: readonly string[]
export declare const JAVASCRIPT_EXTENSIONS: readonly string[]
export declare const ASSET_EXTENSIONS: readonly string[]
export declare const IGNORED_NAMES: readonly string[]
export declare const SYMLINK_REASON: string
/** Why a file of this name may not live under mini-apps/, or undefined when it may. */
export declare const fileTypeProblem: (path: string) => string | undefined
