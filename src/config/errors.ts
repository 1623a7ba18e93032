/**
 * A configuration file, ignore file or rule flag that cannot be used. The message is one line and
 * names the file (or flag) and the key at fault; the CLI prints it and exits with code 2.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
