import type { Texts } from './texts-en.js';

/** The server's words to a party in Spanish: emails and hosted pages. */
export const spanishTexts: Texts = {
  greeting: 'Hola, {name}:',
  invitationSubject: '{sender} le pide que firme «{document}»',
  reminderSubject: 'Recordatorio: {sender} le pide que firme «{document}»',
  invitationBody: '{who} le envió «{document}» para que lo revise y lo firme.',
  onBehalf: '{initiator}, en nombre de {sender},',
  openDocument: 'Abrir el documento',
  personalLink: 'Este enlace es personal; no lo reenvíe. Funciona hasta el {date}.',
  voidedSubject: '«{document}» fue cancelado',
  voidedBody: '{sender} canceló «{document}». No queda nada por firmar y su enlace ya no funciona.',
  reason: 'Motivo: {reason}',
  completedSubject: 'Completado: «{document}»',
  completedBody: 'Todos han firmado «{document}». Se adjunta el documento sellado.',
  completedFingerprint:
    'Su huella SHA-256 es {sha256}. Cualquiera puede comprobar que una copia está sellada y sin alterar soltándola en la página de verificación.',
  verifyCopy: 'Verificar una copia',
  draftExpiredSubject: 'Su «{document}» guardado ha caducado',
  draftExpiredBody:
    'Su «{document}» guardado no se terminó a tiempo, así que se retiró de la cola y su enlace ya no funciona.',
  startAgain: 'Empezar de nuevo',
  resumeSubject: 'Continúe su «{document}»',
  resumeBody: 'Su «{document}» está guardado: continúe donde lo dejó.',
  resumeAction: 'Continuar donde lo dejé',

  signingTitle: 'Revisar y firmar',
  signingNoScript: 'Active JavaScript en su navegador para revisar y firmar este documento.',
  formNoScript: 'Active JavaScript en su navegador para completar este formulario.',
  notFoundTitle: 'No hay ningún formulario en esta dirección',
  notFoundBody:
    'Compruebe que abrió el enlace completo. Si sigue sin funcionar, pregunte a quien se lo compartió.',
  expiredLinkTitle: 'Este enlace de firma ha caducado',
  expiredLinkBody:
    'Los enlaces son válidos durante un tiempo limitado. Pida uno nuevo a la persona que le envió el documento.',
  revokedLinkTitle: 'Este documento fue cancelado',
  revokedLinkBody:
    'El remitente canceló esta solicitud de firma, así que no queda nada por firmar. Contáctelo si cree que es un error.',
  unknownLinkTitle: 'Este enlace de firma no funciona',
  unknownLinkBody:
    'Compruebe que abrió el enlace completo de su correo. Si sigue sin funcionar, pida uno nuevo al remitente.',
  sessionExpiredTitle: 'Este documento ha caducado',
  sessionExpiredBody:
    'No se terminó a tiempo y ya no se puede firmar. Si aún lo necesita, contacte a la persona que lo envió.',
  formUnpublishedTitle: 'Este formulario ya no está disponible',
  formUnpublishedBody:
    'Su propietario lo retiró, así que lo que guardó no se puede terminar. Contáctelo si aún lo necesita.',
  formChangedTitle: 'Este formulario ha cambiado',
  formChangedBody:
    'Se actualizó después de que lo empezara. Ábralo de nuevo para completar la versión actual.',

  verifyTitle: 'Comprobar un documento firmado',
  verifyLead:
    'Vea si un PDF es un documento de Signport sellado y sin alterar, y quién lo firmó y cuándo. El archivo se comprueba en este servidor y no se guarda.',
  verifyDrop: 'Suelte el PDF aquí',
  verifyOr: 'o',
  verifyChoose: 'Elegir un PDF',
  verifyNoScript: 'Active JavaScript en su navegador para comprobar un documento.',
  verify_not_sealed:
    'Este PDF no lleva ningún sello de Signport. Puede ser una copia sin firmar, o una copia impresa o guardada de nuevo como otro PDF.',
  verify_incomplete_coverage: 'Se añadió o se quitó algo de este PDF después de sellarlo.',
  verify_digest_mismatch: 'Este PDF se modificó después de sellarlo.',
  verify_bad_signature: 'El sello de este PDF está dañado.',
  verify_malformed: 'El sello de este PDF no es uno de los que hace Signport.',
  verify_unknown_signer: 'Este PDF lo selló otra entidad, no este servidor de Signport.',
  verify_unknown_document:
    'El sello es nuestro, pero este archivo exacto no es uno de los documentos completados aquí.',
  verifyDocument: 'Documento',
  verifyCompleted: 'Completado',
  verifySignedOn: ', firmado el {date}',
  verifySignedBy: 'Firmado por',
  verifyFile: 'Archivo',
  verifyValidTitle: 'Sellado y sin alterar',
  verifyValidBody:
    'Este es el documento que Signport selló cuando todos firmaron. No ha cambiado ni un byte desde entonces.',
  verifyInvalidTitle: 'No verificado',
  verifyInvalidFallback: 'No se pudo verificar este archivo.',
  verifyInvalidHint:
    'Archivo: {file}. Pida al remitente la copia adjunta a su correo «Completado» y compruebe esa.',
  verifyChecking: 'Comprobando {file}…',
  verifyErrorTitle: 'No se pudo comprobar el archivo',
  verifyServerAnswered: 'El servidor respondió {status}.',
  verifyUnreachable:
    'No se pudo conectar con el servidor. Compruebe su conexión e inténtelo de nuevo.',

  declinedSubject: '{party} rechazó firmar «{document}»',
  declinedBody: '{who} rechazó firmar «{document}».',
  declinedClosed: 'La sesión está cerrada; inicie una nueva para volver a intentarlo.',
  expiredSubject: 'Caducado: «{document}»',
  expiredBody:
    '«{document}» llegó a su fecha de caducidad antes de que todos firmaran, así que ya no se puede firmar.',
  stillToSign: 'Faltan por firmar:',
  startNewSession: 'Inicie una nueva sesión para volver a intentarlo.',
  copySentSubject: 'Copia: «{document}» se envió en nombre de {sender}',
  copySentBody: '«{document}» se envió en nombre de {sender}. Se pidió firmar ahora a:',
  copyViewedSubject: 'Copia: {party} abrió «{document}»',
  copyViewedBody: '{who} abrió «{document}», enviado en nombre de {sender}.',
  copySignedSubject: 'Copia: {party} firmó «{document}»',
  copySignedBody: '{who} firmó «{document}», enviado en nombre de {sender}.',
  copyDeclinedSubject: 'Copia: {party} rechazó firmar «{document}»',
  copyDeclinedBody: '{who} rechazó firmar «{document}», enviado en nombre de {sender}.',
  copyNote: 'Esta copia es solo informativa: usted no tiene nada que firmar.',
  smsReplySubject: '{name} respondió a su mensaje de texto',
  smsReplyBody: '{who} respondió a su mensaje de texto:',
  smsReplyPaused: 'El plan «{plan}» está en pausa para esta persona.',

  yourAgent: 'Su agente',
  portalInviteSubject: 'Configure su acceso de cliente',
  portalInviteBody:
    '{agent} le creó un acceso de cliente para seguir su propiedad y sus documentos en línea.',
  portalResetSubject: 'Restablezca la contraseña de su acceso de cliente',
  portalResetByAgentBody:
    '{agent} le envió un enlace para elegir una nueva contraseña de su acceso de cliente.',
  portalUsername: 'Su nombre de usuario: {username}',
  portalChoosePassword: 'Elegir su contraseña',
  portalInviteFootnote: 'El enlace funciona una sola vez, durante 48 horas.',
  portalResetRequestedBody:
    'Alguien pidió restablecer la contraseña de su acceso de cliente «{username}».',
  portalChooseNewPassword: 'Elegir una nueva contraseña',
  portalResetFootnote:
    'El enlace funciona una sola vez, durante una hora. Si no fue usted, ignore este correo: su contraseña no cambia.',
  portalSignInSubject: 'Su enlace para iniciar sesión',
  portalSignInBody: 'Alguien pidió iniciar sesión por correo en su acceso de cliente «{username}».',
  portalSignInAction: 'Inicie sesión aquí (el enlace funciona una sola vez, durante 15 minutos):',
  portalSignInIgnore: 'Si no fue usted, ignore este correo: nadie puede entrar sin él.',
  portalPasswordChangedSubject: 'Se cambió la contraseña de su acceso de cliente',
  portalPasswordChangedBody:
    'Se acaba de cambiar la contraseña de su acceso de cliente «{username}» y se cerró la sesión en todos los dispositivos que la usaban.',
  portalPasswordChangedWarning: 'Si no la cambió usted, contacte con su agente de inmediato.',

  activationTitle: 'Acceso de cliente',
  activationHeading: 'Elija su contraseña',
  activationUsername: 'Nombre de usuario',
  activationNewPassword: 'Nueva contraseña',
  activationRepeat: 'Repita la contraseña',
  activationHint: 'Al menos {min} caracteres. Una frase larga es lo más fácil de recordar.',
  activationSubmit: 'Guardar contraseña',
  activationDoneTitle: 'Su contraseña está lista',
  activationDoneBody:
    'Inicie sesión en el sitio web de su agente con el nombre de usuario {username}.',
  activationUnusableTitle: 'Este enlace no funciona',
  activationExpired:
    'Este enlace ha caducado. Pida a su agente que le envíe uno nuevo, o pida restablecer la contraseña en la página de inicio de sesión.',
  activationUsed:
    'Este enlace ya se usó o fue reemplazado por uno más reciente. Use el correo más reciente o pida un enlace nuevo.',
  activationUnknown:
    'Este enlace no es válido. Compruebe que lo copió entero o pida uno nuevo a su agente.',
  activationMismatch: 'Las dos contraseñas no coinciden.',
};
