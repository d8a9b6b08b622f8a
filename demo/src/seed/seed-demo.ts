import { ApiClient, SignportApiError } from '@signport/core/client';
import { allowDemoOrigin } from './allow-demo-origin.js';
import type { DemoCredentials } from './credentials.js';
import { writeCredentials } from './credentials.js';
import { ensureDemoAccount } from './ensure-demo-account.js';
import { seedClientPortal, type SeededClientPortal } from './seed-client-portal.js';
import { seedDelegations } from './seed-delegations.js';
import { seedPurchaseAgreement } from './seed-purchase-agreement.js';
import { seedLeadPaintDisclosure } from './seed-lead-paint-disclosure.js';
import { seedRentalApplication } from './seed-rental-application.js';
import { seedSmsCheckIn } from './seed-sms-check-in.js';
import { seedTeamPlans } from './seed-team-plans.js';
import { setPortalPage } from './set-portal-page.js';
import { setSigningPage } from './set-signing-page.js';
import { seedUsers, type SeededUsers } from './seed-users.js';

/** The stored credentials, and what the site needs to know about the seeded clients. */
export type SeededDemo = DemoCredentials & SeededClientPortal & { rentalFormSlug: string };

export interface SeedDemoOptions {
  apiUrl: string;
  demoUrl: string;
  databaseUrl: string;
  credentialsPath: string;
  log: (message: string) => void;
}

/**
 * Brings the demo's Signport account to its seeded state: the account on first start, the users on
 * every start (idempotent PUTs that keep logo URLs on the current origin), delegations once, the
 * signing and portal pages on every start (they follow the demo's URL), Betty's purchase agreement
 * and lead-based paint disclosure templates once (again if deleted), Alice's rental application
 * published as a web form (likewise), Alice's clients (what is missing of them) and the
 * Shoreline Team with its plan once (again if it was deleted).
 */
export async function seedDemo(options: SeedDemoOptions): Promise<SeededDemo> {
  const { apiUrl, demoUrl, log } = options;
  const accountOptions = { ...options, demoOrigin: demoUrl };
  let credentials = await ensureDemoAccount(accountOptions);
  let hostApi = new ApiClient({ baseUrl: apiUrl, token: credentials.secretKey });

  // Upserting the users first also proves the stored key still works.
  let users: SeededUsers;
  try {
    users = await seedUsers(hostApi, demoUrl);
  } catch (error) {
    if (!(error instanceof SignportApiError && error.status === 401)) throw error;
    // The stored key belongs to a database that was reset or a key that was rotated.
    log('The stored secret key was refused; creating a fresh demo account');
    credentials = await ensureDemoAccount({ ...accountOptions, recreate: true });
    hostApi = new ApiClient({ baseUrl: apiUrl, token: credentials.secretKey });
    users = await seedUsers(hostApi, demoUrl);
  }
  credentials = await allowDemoOrigin(credentials, accountOptions);

  if (!credentials.delegationsSeeded && (await seedDelegations(hostApi, users))) {
    log('Made Betty Agent the assistant of Bernie OfficeManager and Alice Agent');
    credentials = { ...credentials, delegationsSeeded: true };
    await writeCredentials(options.credentialsPath, credentials);
  }

  const signingUrl = await setSigningPage(hostApi, demoUrl);
  log(`Emailed signing links open ${signingUrl}`);
  const agreement = await seedPurchaseAgreement({
    apiUrl,
    hostApi,
    templateId: credentials.purchaseAgreementTemplateId,
  });
  if (agreement.created) {
    log('Uploaded the purchase agreement template for Betty Agent');
    credentials = { ...credentials, purchaseAgreementTemplateId: agreement.templateId };
    await writeCredentials(options.credentialsPath, credentials);
  }

  const disclosure = await seedLeadPaintDisclosure({
    apiUrl,
    hostApi,
    templateId: credentials.leadPaintDisclosureTemplateId,
  });
  if (disclosure.created) {
    log('Uploaded the lead-based paint disclosure (text tags) for Betty Agent');
    credentials = { ...credentials, leadPaintDisclosureTemplateId: disclosure.templateId };
    await writeCredentials(options.credentialsPath, credentials);
  }

  const rental = await seedRentalApplication({
    apiUrl,
    hostApi,
    templateId: credentials.rentalApplicationTemplateId,
  });
  if (rental.created) {
    log('Published the rental application as a web form for Alice Agent');
    credentials = { ...credentials, rentalApplicationTemplateId: rental.templateId };
    await writeCredentials(options.credentialsPath, credentials);
  }

  const portalUrl = await setPortalPage(hostApi, demoUrl);
  log(`Emailed client login links open ${portalUrl}`);
  const portal = await seedClientPortal(hostApi, users);
  const team = await seedTeamPlans(hostApi, users, credentials.teamId);
  if (team.created) {
    log('Created the Shoreline Team: Bernie (rainmaker), Alice (enhanced), Betty (basic)');
    credentials = { ...credentials, teamId: team.teamId };
    await writeCredentials(options.credentialsPath, credentials);
  }
  if (await seedSmsCheckIn(hostApi, users, team.teamId)) {
    log('Enrolled Olivia in "Listing check-in": Alice texts her; reply from /dev/mailbox/sms');
  }
  return { ...credentials, ...portal, rentalFormSlug: rental.formSlug };
}
