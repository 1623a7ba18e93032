/** A reference-figures file that cannot be used; the message names the file and the key. */
export class FactsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FactsError';
  }
}
