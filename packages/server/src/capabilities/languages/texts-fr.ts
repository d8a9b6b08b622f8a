import type { Texts } from './texts-en.js';

/** The server's words to a party in French: emails and hosted pages. */
export const frenchTexts: Texts = {
  greeting: 'Bonjour {name},',
  invitationSubject: '{sender} vous demande de signer « {document} »',
  reminderSubject: 'Rappel : {sender} vous demande de signer « {document} »',
  invitationBody: '{who} vous a envoyé « {document} » à relire et signer.',
  onBehalf: '{initiator}, au nom de {sender},',
  openDocument: 'Ouvrir le document',
  personalLink: 'Ce lien vous est personnel ; ne le transférez pas. Il fonctionne jusqu’au {date}.',
  voidedSubject: '« {document} » a été annulé',
  voidedBody:
    '{sender} a annulé « {document} ». Il n’y a plus rien à signer et votre lien ne fonctionne plus.',
  reason: 'Motif : {reason}',
  completedSubject: 'Terminé : « {document} »',
  completedBody: 'Tout le monde a signé « {document} ». Le document scellé est joint.',
  completedFingerprint:
    'Son empreinte SHA-256 est {sha256}. Chacun peut vérifier qu’une copie est scellée et intacte en la déposant sur la page de vérification.',
  verifyCopy: 'Vérifier une copie',
  draftExpiredSubject: 'Votre « {document} » enregistré a expiré',
  draftExpiredBody:
    'Votre « {document} » enregistré n’a pas été terminé à temps : il a été retiré de la file et son lien ne fonctionne plus.',
  startAgain: 'Recommencer',
  resumeSubject: 'Reprenez votre « {document} »',
  resumeBody: 'Votre « {document} » est enregistré : reprenez là où vous vous êtes arrêté.',
  resumeAction: 'Reprendre là où je me suis arrêté',

  signingTitle: 'Relire et signer',
  signingNoScript: 'Activez JavaScript dans votre navigateur pour relire et signer ce document.',
  formNoScript: 'Activez JavaScript dans votre navigateur pour remplir ce formulaire.',
  notFoundTitle: 'Aucun formulaire à cette adresse',
  notFoundBody:
    'Vérifiez que vous avez ouvert le lien en entier. S’il ne fonctionne toujours pas, demandez à la personne qui l’a partagé.',
  expiredLinkTitle: 'Ce lien de signature a expiré',
  expiredLinkBody:
    'Les liens sont valables pour une durée limitée. Demandez-en un nouveau à la personne qui vous a envoyé le document.',
  revokedLinkTitle: 'Ce document a été annulé',
  revokedLinkBody:
    'L’expéditeur a annulé cette demande de signature : il n’y a plus rien à signer. Contactez-le si vous pensez qu’il s’agit d’une erreur.',
  unknownLinkTitle: 'Ce lien de signature ne fonctionne pas',
  unknownLinkBody:
    'Vérifiez que vous avez ouvert le lien complet de votre e-mail. S’il ne fonctionne toujours pas, demandez-en un nouveau à l’expéditeur.',
  sessionExpiredTitle: 'Ce document a expiré',
  sessionExpiredBody:
    'Il n’a pas été terminé à temps et ne peut plus être signé. Si vous en avez encore besoin, contactez la personne qui l’a envoyé.',
  formUnpublishedTitle: 'Ce formulaire n’est plus disponible',
  formUnpublishedBody:
    'Son propriétaire l’a mis hors ligne : ce que vous avez enregistré ne peut pas être terminé. Contactez-le si vous en avez encore besoin.',
  formChangedTitle: 'Ce formulaire a changé',
  formChangedBody:
    'Il a été mis à jour après que vous l’avez commencé. Rouvrez le formulaire pour remplir la version actuelle.',

  verifyTitle: 'Vérifier un document signé',
  verifyLead:
    'Voyez si un PDF est un document Signport scellé et intact, qui l’a signé et quand. Le fichier est vérifié sur ce serveur et n’est pas conservé.',
  verifyDrop: 'Déposez le PDF ici',
  verifyOr: 'ou',
  verifyChoose: 'Choisir un PDF',
  verifyNoScript: 'Activez JavaScript dans votre navigateur pour vérifier un document.',
  verify_not_sealed:
    'Ce PDF ne porte aucun sceau Signport. Il s’agit peut-être d’une copie non signée, ou d’une copie imprimée ou réenregistrée comme un nouveau PDF.',
  verify_incomplete_coverage: 'Quelque chose a été ajouté à ce PDF ou retiré après son scellement.',
  verify_digest_mismatch: 'Ce PDF a été modifié après son scellement.',
  verify_bad_signature: 'Le sceau de ce PDF est endommagé.',
  verify_malformed: 'Le sceau de ce PDF n’est pas de ceux que fait Signport.',
  verify_unknown_signer: 'Ce PDF a été scellé par quelqu’un d’autre, pas par ce serveur Signport.',
  verify_unknown_document:
    'Le sceau est le nôtre, mais ce fichier précis n’est pas l’un des documents terminés ici.',
  verifyDocument: 'Document',
  verifyCompleted: 'Terminé',
  verifySignedOn: ', signé le {date}',
  verifySignedBy: 'Signé par',
  verifyFile: 'Fichier',
  verifyValidTitle: 'Scellé et intact',
  verifyValidBody:
    'Voici le document que Signport a scellé quand tout le monde a signé. Pas un octet n’a changé depuis.',
  verifyInvalidTitle: 'Non vérifié',
  verifyInvalidFallback: 'Ce fichier n’a pas pu être vérifié.',
  verifyInvalidHint:
    'Fichier : {file}. Demandez à l’expéditeur la copie jointe à son e-mail « Terminé », et vérifiez celle-là.',
  verifyChecking: 'Vérification de {file}…',
  verifyErrorTitle: 'Le fichier n’a pas pu être vérifié',
  verifyServerAnswered: 'Le serveur a répondu {status}.',
  verifyUnreachable: 'Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.',

  declinedSubject: '{party} a refusé de signer « {document} »',
  declinedBody: '{who} a refusé de signer « {document} ».',
  declinedClosed: 'La session est close ; créez-en une nouvelle pour réessayer.',
  expiredSubject: 'Expiré : « {document} »',
  expiredBody:
    '« {document} » a atteint sa date d’expiration avant que tout le monde ait signé : il ne peut plus être signé.',
  stillToSign: 'Doivent encore signer :',
  startNewSession: 'Créez une nouvelle session pour réessayer.',
  copySentSubject: 'Copie : « {document} » a été envoyé pour {sender}',
  copySentBody: '« {document} » a été envoyé au nom de {sender}. Invités à signer maintenant :',
  copyViewedSubject: 'Copie : {party} a ouvert « {document} »',
  copyViewedBody: '{who} a ouvert « {document} », envoyé au nom de {sender}.',
  copySignedSubject: 'Copie : {party} a signé « {document} »',
  copySignedBody: '{who} a signé « {document} », envoyé au nom de {sender}.',
  copyDeclinedSubject: 'Copie : {party} a refusé de signer « {document} »',
  copyDeclinedBody: '{who} a refusé de signer « {document} », envoyé au nom de {sender}.',
  copyNote: 'Cette copie est pour information : vous n’avez rien à signer.',
  smsReplySubject: '{name} a répondu à votre SMS',
  smsReplyBody: '{who} a répondu à votre SMS :',
  smsReplyPaused: 'Le plan « {plan} » est en pause pour cette personne.',

  yourAgent: 'Votre agent',
  portalInviteSubject: 'Créez votre accès client',
  portalInviteBody:
    '{agent} vous a créé un accès client pour suivre votre bien et vos documents en ligne.',
  portalResetSubject: 'Réinitialisez le mot de passe de votre accès client',
  portalResetByAgentBody:
    '{agent} vous a envoyé un lien pour choisir un nouveau mot de passe pour votre accès client.',
  portalUsername: 'Votre identifiant : {username}',
  portalChoosePassword: 'Choisir votre mot de passe',
  portalInviteFootnote: 'Le lien fonctionne une seule fois, pendant 48 heures.',
  portalResetRequestedBody:
    'Quelqu’un a demandé à réinitialiser le mot de passe de votre accès client « {username} ».',
  portalChooseNewPassword: 'Choisir un nouveau mot de passe',
  portalResetFootnote:
    'Le lien fonctionne une seule fois, pendant une heure. Si ce n’était pas vous, ignorez cet e-mail : votre mot de passe reste le même.',
  portalSignInSubject: 'Votre lien de connexion',
  portalSignInBody:
    'Quelqu’un a demandé à se connecter par e-mail à votre accès client « {username} ».',
  portalSignInAction:
    'Connectez-vous ici (le lien fonctionne une seule fois, pendant 15 minutes) :',
  portalSignInIgnore:
    'Si ce n’était pas vous, ignorez cet e-mail : personne ne peut se connecter sans lui.',
  portalPasswordChangedSubject: 'Le mot de passe de votre accès client a été changé',
  portalPasswordChangedBody:
    'Le mot de passe de votre accès client « {username} » vient d’être changé, et tous les appareils connectés avec lui ont été déconnectés.',
  portalPasswordChangedWarning:
    'Si vous ne l’avez pas changé, contactez votre agent sans attendre.',

  activationTitle: 'Accès client',
  activationHeading: 'Choisissez votre mot de passe',
  activationUsername: 'Identifiant',
  activationNewPassword: 'Nouveau mot de passe',
  activationRepeat: 'Répétez le mot de passe',
  activationHint: 'Au moins {min} caractères. Une longue phrase est la plus facile à retenir.',
  activationSubmit: 'Enregistrer le mot de passe',
  activationDoneTitle: 'Votre mot de passe est enregistré',
  activationDoneBody: 'Connectez-vous sur le site de votre agent avec l’identifiant {username}.',
  activationUnusableTitle: 'Ce lien ne fonctionne pas',
  activationExpired:
    'Ce lien a expiré. Demandez-en un nouveau à votre agent, ou une réinitialisation sur la page de connexion.',
  activationUsed:
    'Ce lien a déjà servi ou a été remplacé par un plus récent. Utilisez l’e-mail le plus récent, ou demandez un nouveau lien.',
  activationUnknown:
    'Ce lien n’est pas valide. Vérifiez que vous l’avez copié en entier, ou demandez-en un nouveau à votre agent.',
  activationMismatch: 'Les deux mots de passe ne sont pas identiques.',
};
