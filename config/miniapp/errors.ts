/**
 * What the CLI refuses or fails at, in words for a department: the CLI prints
 * the message (and the hint) and exits with the code, never a stack trace.
 */
export class CliError extends Error {
  override readonly name = 'CliError'
  constructor(
    message: string,
    /** 1: a check failed or a step broke; 2: the command was used wrongly. */
    readonly exitCode: 1 | 2 = 1,
    /** What to do about it, on the line after the message. */
    readonly hint?: string,
  ) {
    super(message)
  }
}

export const isCliError = (e: unknown): e is CliError => e instanceof CliError

/** A wrong argument: exit 2, as command-line tools do for usage errors. */
export const usageError = (message: string, hint?: string): CliError => new CliError(message, 2, hint)

/** Any failure in words: a CliError as it is, anything else by its first line. */
export const describeFailure = (e: unknown): { message: string; hint?: string; exitCode: number } => {
  if (isCliError(e)) return { message: e.message, hint: e.hint, exitCode: e.exitCode }
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e)
  return { message: message || 'an unexpected error', exitCode: 1 }
}
