import type { Locale } from '@signport/core';
import { ENGLISH_CERTIFICATE_HEADINGS } from '../../platform/pdf/audit-certificate.js';
import type { CertificateHeadings } from '../../platform/pdf/types.js';

const headings: Record<Locale, CertificateHeadings> = {
  en: ENGLISH_CERTIFICATE_HEADINGS,
  es: {
    title: 'Certificado de finalización',
    document: 'Documento',
    session: 'Sesión',
    originalSha256: 'SHA-256 original',
    completed: 'Completado',
    sender: 'Remitente',
    initiator: 'Iniciado por',
    parties: 'Firmantes ({count})',
    events: 'Registro de eventos ({count})',
    footer: 'Certificado de finalización - sesión {session} - página {page} de {pages}',
    email: 'Correo',
    role: 'Función',
    ipAddress: 'Dirección IP',
    userAgent: 'Navegador',
    consent: 'Consentimiento',
    disclosure: 'aviso {version}',
    consentNotGiven: 'no dado',
    viewed: 'Visto',
    signed: 'Firmado',
    notSigned: 'sin firmar',
    documents: 'Documentos ({count})',
    pages: 'Páginas',
    pageRange: '{first} a {last}',
  },
  fr: {
    title: 'Certificat d’achèvement',
    document: 'Document',
    session: 'Session',
    originalSha256: 'SHA-256 d’origine',
    completed: 'Terminé',
    sender: 'Expéditeur',
    initiator: 'Créé par',
    parties: 'Signataires ({count})',
    events: 'Journal des événements ({count})',
    footer: 'Certificat d’achèvement - session {session} - page {page} sur {pages}',
    email: 'E-mail',
    role: 'Rôle',
    ipAddress: 'Adresse IP',
    userAgent: 'Navigateur',
    consent: 'Consentement',
    disclosure: 'avis {version}',
    consentNotGiven: 'non donné',
    viewed: 'Consulté',
    signed: 'Signé',
    notSigned: 'non signé',
    documents: 'Documents ({count})',
    pages: 'Pages',
    pageRange: '{first} à {last}',
  },
};

/**
 * The certificate's headings in the session's language: that of its first party (in signing order)
 * with one, English otherwise. One language per certificate, so it reads as one document.
 */
export function certificateHeadings(
  parties: readonly { position: number; locale: Locale | null }[],
): CertificateHeadings {
  const first = [...parties]
    .sort((a, b) => a.position - b.position)
    .find((party) => party.locale !== null);
  return headings[first?.locale ?? 'en'];
}
