/**
 * The JSON Schema of a factcheck config file, published as docs/config.schema.json (a test keeps
 * the two identical). Rule ids are checked against the registered rules at load time, so a new
 * rule needs no schema change; a rule's options are checked against its own `meta.optionsSchema`.
 */
export const CONFIG_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'factcheck configuration',
  description: 'Content of .factcheckrc.yaml, .factcheckrc.yml, .factcheckrc.json or the "factcheck" key of package.json.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', description: 'URI of this schema, for editors.' },
    rules: {
      type: 'object',
      description: 'Severity per rule id, or [severity, {options}].',
      propertyNames: { pattern: '^[a-z][a-z0-9-]*$' },
      additionalProperties: { $ref: '#/definitions/ruleEntry' },
    },
    aliases: {
      type: 'object',
      description: 'Canonical subject name → the other names it is written as (extends the built-in table).',
      additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
    },
    inferCompanies: {
      type: 'boolean',
      description: 'Whether companies an article introduces (创业公司深衡智能, smartphone maker Vireo) are subjects too; their conflicts are info. Default true.',
    },
    extensions: {
      type: 'array',
      description: 'File extensions picked up when walking folders.',
      items: { type: 'string', pattern: '^\\.[^/\\\\]+$' },
      minItems: 1,
      uniqueItems: true,
    },
    ignores: {
      type: 'array',
      description: 'gitignore-style patterns of files and folders not to scan, relative to the config file.',
      items: { type: 'string', minLength: 1 },
    },
    overrides: {
      type: 'array',
      description: 'Settings for the documents matching gitignore-style patterns.',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: {
          files: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
          lang: { type: 'string', pattern: '^[a-z]{2,3}$', description: 'ISO 639-1 code the documents are read as.' },
        },
      },
    },
    maxFileSize: { type: 'integer', minimum: 1, description: 'Largest file scanned, in bytes.' },
    facts: { type: 'string', minLength: 1, description: 'Path of a facts file, relative to the config file.' },
  },
  definitions: {
    severity: { enum: ['error', 'warning', 'info', 'off'] },
    ruleEntry: {
      anyOf: [
        { $ref: '#/definitions/severity' },
        {
          type: 'array',
          minItems: 1,
          maxItems: 2,
          items: [{ $ref: '#/definitions/severity' }, { type: 'object' }],
        },
      ],
    },
  },
} as const;
