/**
 * The one error type of @hochieu/docgen. A renderer checks its input at the
 * edge and throws a DocgenError listing every problem found, as
 * `{ path, id, params? }` (a JSON-pointer-like path into the input and a
 * stable message id), instead of writing a corrupt or partial file.
 */

export interface DocgenIssue {
  /** Where the problem is, e.g. 'blocks/3/value'. */
  path: string;
  /** Stable id, e.g. 'docgen.model.textNotString'. */
  id: string;
  params?: Record<string, string | number>;
}

export class DocgenError extends Error {
  override readonly name = 'DocgenError';
  readonly issues: readonly DocgenIssue[];

  constructor(issues: readonly DocgenIssue[], message?: string) {
    super(
      message ??
        `Invalid document: ${issues
          .slice(0, 5)
          .map((i) => `${i.path || '/'} ${i.id}`)
          .join('; ')}${issues.length > 5 ? ` (+${issues.length - 5} more)` : ''}`,
    );
    this.issues = issues;
  }
}

export function isDocgenError(value: unknown): value is DocgenError {
  return value instanceof DocgenError;
}
