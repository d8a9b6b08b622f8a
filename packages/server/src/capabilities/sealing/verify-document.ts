import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { VerifyResult } from '@signport/core';
import type { Config } from '../../platform/config.js';
import type { Database } from '../../platform/db/open-database.js';
import { sessionParties, signingSessions } from '../../platform/db/schema/index.js';
import { verifySealedPdf } from '../../platform/pdf/verify-sealed-pdf.js';
import { loadSealingKey } from './load-sealing-key.js';

/**
 * Is this PDF one we sealed, unaltered? The seal must verify with our certificate over the whole
 * file, and its SHA-256 must be the one stored when its session completed. A valid document also
 * gets its name and signers, which its own certificate page already shows to whoever holds it.
 */
export async function verifyDocument(
  deps: { db: Database; config: Config },
  pdf: Uint8Array,
): Promise<VerifyResult> {
  const { fingerprintSha256 } = await loadSealingKey(deps.db, deps.config);
  const seal = verifySealedPdf(pdf, { fingerprintSha256 });
  if (!seal.valid) return { valid: false, reason: seal.reason };
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const [session] = await deps.db
    .select({
      id: signingSessions.id,
      accountId: signingSessions.accountId,
      completedAt: signingSessions.completedAt,
      documentName: signingSessions.templateName,
      template: signingSessions.template,
    })
    .from(signingSessions)
    .where(eq(signingSessions.finalSha256, sha256));
  if (!session) return { valid: false, reason: 'unknown_document' };
  const parties = await deps.db
    .select({
      name: sessionParties.name,
      role: sessionParties.role,
      signedAt: sessionParties.completedAt,
    })
    .from(sessionParties)
    .where(
      and(
        eq(sessionParties.accountId, session.accountId),
        eq(sessionParties.sessionId, session.id),
      ),
    )
    .orderBy(asc(sessionParties.completedAt), asc(sessionParties.position));
  const roleName = (key: string) =>
    session.template.roles.find((role) => role.key === key)?.name ?? key;
  return {
    valid: true,
    sessionId: session.id,
    ...(session.completedAt && { completedAt: session.completedAt.toISOString() }),
    documentName: session.documentName,
    parties: parties.map((party) => ({
      name: party.name,
      role: roleName(party.role),
      ...(party.signedAt && { signedAt: party.signedAt.toISOString() }),
    })),
  };
}
