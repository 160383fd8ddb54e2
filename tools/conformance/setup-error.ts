/**
 * The run cannot start or must stop before checking anything more: the app is not reachable,
 * the token is refused, the mode forbids the writes asked for, or an option is wrong. The
 * message says what to do.
 */
export class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetupError';
  }
}
