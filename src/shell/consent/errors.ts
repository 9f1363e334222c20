/** A mini-app used a capability its manifest does not declare. The call is also audited. */
export class PermissionDeniedError extends Error {
  constructor(
    /** The mini-app that asked. */
    readonly miniAppId: string,
    /** The capability it did not declare. */
    readonly capability: string,
  ) {
    super(`Mini-app "${miniAppId}" did not declare "${capability}" in its manifest's permissions.`)
    this.name = 'PermissionDeniedError'
  }
}

/** The resident said no. Mini-apps should explain what they cannot do without it, and carry on. */
export class ConsentDeniedError extends Error {
  constructor(
    /** The mini-app that asked. */
    readonly miniAppId: string,
    /** The scope the resident refused. */
    readonly scope: string,
  ) {
    super(`The resident did not allow "${miniAppId}" to use "${scope}".`)
    this.name = 'ConsentDeniedError'
  }
}

/** Whether a caught error is a `PermissionDeniedError`. */
export const isPermissionDenied = (e: unknown): e is PermissionDeniedError => e instanceof PermissionDeniedError
/** Whether a caught error is a `ConsentDeniedError`. */
export const isConsentDenied = (e: unknown): e is ConsentDeniedError => e instanceof ConsentDeniedError
