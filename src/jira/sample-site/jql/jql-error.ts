/** A JQL problem; answered as 400 {"errorMessages":[message]}. */
export class JqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JqlError';
  }
}
