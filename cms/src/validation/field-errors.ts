import { createRequire } from 'node:module';

/** Path of a field as the admin understands it: ['rawNumber'] or ['values', 2, 'plan']. */
export type FieldPath = ReadonlyArray<string | number>;

export interface FieldProblem {
  path: FieldPath;
  message: string;
}

interface ValidationErrorClass {
  new (message: string, details?: unknown): Error;
}

// Strapi's error middleware answers 400 only for its own ValidationError class (an instanceof check). @strapi/utils
// is not a direct dependency of the app, so it is loaded from where @strapi/strapi resolves it: the same copy.
const strapiRequire = createRequire(require.resolve('@strapi/strapi'));
const { errors } = strapiRequire('@strapi/utils') as { errors: { ValidationError: ValidationErrorClass } };

/**
 * Collects what is wrong with a save, field by field, and throws one ValidationError naming every field, in the
 * shape the admin uses to highlight them: details.errors = [{ path, message, name }].
 */
export class FieldProblems {
  readonly #problems: FieldProblem[] = [];

  add(path: FieldPath, message: string): void {
    this.#problems.push({ path, message });
  }

  get isEmpty(): boolean {
    return this.#problems.length === 0;
  }

  throwIfAny(): void {
    if (this.isEmpty) return;
    throw fieldValidationError(this.#problems);
  }
}

export function fieldValidationError(problems: readonly FieldProblem[]): Error {
  const message = problems.map((problem) => problem.message).join(' ');
  return new errors.ValidationError(message, {
    errors: problems.map((problem) => ({ path: problem.path.map(String), message: problem.message, name: 'ValidationError' })),
  });
}
