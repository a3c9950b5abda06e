/**
 * Errors the CLI reports as one line and an exit status, never with a stack
 * trace. Anything else that is thrown is a bug and reaches `bin.ts`.
 */

/** Exit statuses: the whole contract of `ldpress` with a shell or CI. */
export const exitCodes = {
  /** Done; no error-level findings. */
  ok: 0,
  /** Done, and at least one finding at error level. */
  findings: 1,
  /** Bad usage or an I/O failure: nothing (or not everything) was checked. */
  failure: 2
} as const

/** A problem with how `ldpress` was called, or with the files it was pointed at. */
export class CliError extends Error {
  /** Status to exit with. */
  readonly exitCode: number

  constructor(message: string, exitCode: number = exitCodes.failure) {
    super(message)
    this.name = 'CliError'
    this.exitCode = exitCode
  }
}

/** Wrong flags, operands or command. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** A file or folder that cannot be read or written. */
export class IoError extends CliError {
  constructor(action: 'read' | 'write', path: string, cause: unknown) {
    super(`cannot ${action} '${path}': ${errorCode(cause)}`)
    this.name = 'IoError'
  }
}

/** `ENOENT`-style code of a Node error, or its message when it has none. */
export function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return error.code
  }
  return error instanceof Error ? error.message : String(error)
}
