import type { TextTagProblem, TextTagsErrorBody } from '@signport/core';
import { ApiError } from '../../platform/errors/api-error.js';

/** The upload's 400 answer when tags in its text cannot become fields: every faulty tag, with its page. */
export class TextTagsError extends ApiError {
  constructor(readonly problems: readonly TextTagProblem[]) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(
      'invalid_text_tags',
      first
        ? `Tag ${first.tag} on page ${first.page}: ${first.message}${more}.`
        : 'The text tags are not valid.',
      { field: 'file' },
    );
  }

  override toBody(): TextTagsErrorBody {
    const body = super.toBody();
    return { error: { ...body.error, tags: [...this.problems] } };
  }
}
