import type { FieldType, RoutingRule, TemplateRole } from '@signport/core/client';

/**
 * The demo's rental application as a Signport template, published as a public web form: whoever
 * opens it is the applicant, who names the co-applicant and the landlord before signing. Shared by
 * the seed, the site and the PDF it is built on.
 */
export const rentalApplication = {
  name: 'Rental application',
  /** The demo user who owns the form: the sender of every application it starts. */
  ownerExternalId: 'alice',
  /**
   * The applicant signs first; the co-applicant and the landlord then sign together. They share one
   * order because only the role group right after a signer may be named by that signer.
   */
  roles: [
    { key: 'applicant', name: 'Applicant', order: 1 },
    { key: 'co_applicant', name: 'Co-applicant', order: 2 },
    { key: 'landlord', name: 'Landlord', order: 2 },
  ] satisfies TemplateRole[],
  /** The applicant names both later roles. */
  routing: { co_applicant: 'previous_signer', landlord: 'previous_signer' } satisfies Record<
    string,
    RoutingRule
  >,
} as const;

/**
 * Types a PDF form cannot say: the incomes are numbers and the proof of income is a file. Every
 * other field's type comes from the PDF (text, signature, `*_sign_date` as the date signed…).
 */
export const rentalFieldTypes: Readonly<Record<string, FieldType>> = {
  applicant_monthly_income: 'number',
  applicant_proof_of_income: 'attachment',
  co_applicant_monthly_income: 'number',
};

/** The attachment field is required as well; text fields say so in the PDF itself. */
export const rentalRequiredFieldIds: ReadonlySet<string> = new Set(['applicant_proof_of_income']);
