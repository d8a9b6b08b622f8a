/** A rectangle in PDF points, measured from the bottom-left corner of the page's visible area. */
export interface PdfRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type DetectedFieldType = 'text' | 'checkbox' | 'radio' | 'select' | 'signature';

/** One widget of an AcroForm field, as found in an uploaded PDF. */
export interface DetectedField {
  name: string;
  type: DetectedFieldType;
  /** 1-based page number. */
  page: number;
  rect: PdfRect;
  required: boolean;
  /** Choices of a radio group or a select. */
  options?: string[];
  /** For a radio button: the choice this particular widget stands for. */
  option?: string;
  /** For a text field: whether it accepts several lines. */
  multiline?: boolean;
}

export interface PageSize {
  width: number;
  height: number;
  /** Page rotation in degrees (0, 90, 180, 270); rects are given in the unrotated page space. */
  rotation: number;
}

export type PlacementType =
  | 'text'
  | 'number'
  | 'email'
  | 'date'
  | 'checkbox'
  | 'radio'
  | 'select'
  | 'signature'
  | 'initials'
  | 'attachment-name';

/** A value to draw onto the final document. Signature and initials carry PNG bytes. */
export interface Placement {
  fieldId: string;
  /** 1-based page number. */
  page: number;
  rect: PdfRect;
  type: PlacementType;
  value: string | boolean | Uint8Array | null;
  /**
   * For one button of a radio group: the choice this button stands for. The button is marked when
   * `value` equals it. Without it, a radio or select value is written out as text.
   */
  option?: string;
}

export interface AuditParty {
  name: string;
  email: string;
  role: string;
  ip?: string;
  userAgent?: string;
  consentedAt?: Date;
  disclosureVersion?: string;
  viewedAt?: Date;
  signedAt?: Date;
}

export interface AuditPerson {
  name: string;
  email: string;
}

export interface AuditEvent {
  at: Date;
  /** Who did what to whom, e.g. "Betty Agent invited Bob Buyer - signing link emailed to bob@example.com". */
  description: string;
  ip?: string;
}

/**
 * The certificate's own words, in one language; `{placeholders}` are filled when it is drawn. The
 * values it lists (names, the document's title, the trail) stay as written.
 */
export interface CertificateHeadings {
  title: string;
  document: string;
  session: string;
  originalSha256: string;
  completed: string;
  sender: string;
  initiator: string;
  /** With `{count}`. */
  parties: string;
  /** With `{count}`. */
  events: string;
  /** With `{session}`, `{page}` and `{pages}`. */
  footer: string;
  email: string;
  role: string;
  ipAddress: string;
  userAgent: string;
  consent: string;
  /** With `{version}`. */
  disclosure: string;
  consentNotGiven: string;
  viewed: string;
  signed: string;
  notSigned: string;
  /** A packet's documents, with `{count}`. */
  documents: string;
  /** The pages of one document of a packet. */
  pages: string;
  /** A range of pages, with `{first}` and `{last}`. */
  pageRange: string;
}

/** Everything the certificate of completion states about a session. */
export interface AuditCertificate {
  /** English when absent. */
  headings?: CertificateHeadings;
  documentTitle: string;
  sessionId: string;
  originalSha256: string;
  completedAt: Date;
  initiator: AuditPerson;
  sender: AuditPerson;
  parties: AuditParty[];
  events: AuditEvent[];
  /** A packet's documents, in order; absent for a session of one document. */
  documents?: AuditDocument[];
}

/** One document of a packet: where it sits in the sealed PDF and what its original was. */
export interface AuditDocument {
  name: string;
  firstPage: number;
  lastPage: number;
  originalSha256: string;
}

/** What the seal says about who applied it; shown by PDF readers in the signature panel. */
export interface SealDetails {
  reason: string;
  name: string;
  location: string;
  contactInfo: string;
}

export interface SealingKey {
  /** PKCS#12 bytes holding our private key and certificate. */
  p12: Uint8Array;
  passphrase: string;
}
