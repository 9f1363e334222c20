/**
 * Whether a built bundle has `apiBase` as a whole string literal. Metro keys
 * its transform cache on file contents, not on Taro's defineConstants, so a
 * bundle can keep the API base of an earlier build with another
 * TARO_APP_API_BASE; RN builds check this and rebuild with Metro's cache reset.
 */
export const carriesApiBase = (bundle: string, apiBase: string): boolean => ['"', "'", '`'].some((q) => bundle.includes(`${q}${apiBase}${q}`))
