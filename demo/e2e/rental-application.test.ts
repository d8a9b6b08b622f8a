import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { EmbedToken, PublicForm, Session, SessionList, Template } from '@signport/core';
import { listingAgreementPdf } from '../src/portal/listing-agreement-pdf.js';
import type { DemoCredentials } from '../src/seed/credentials.js';
import { seedDemo } from '../src/seed/seed-demo.js';
import { purchaseAgreement } from '../src/signing/purchase-agreement.js';
import { rentalApplication } from '../src/signing/rental-application.js';
import type { RunningDemo } from '../src/start-demo.js';
import { startDemoUnderTest, type DemoUnderTest } from './demo-under-test.js';
import { readMailbox, signingLinkOf, waitForMessage, type MailboxMessage } from './mailbox.js';
import { textsMisdrawnByViewers } from '../../packages/server/test/support/read-pdf-as-person.js';
import { runPdfTool } from './pdf-tools.js';
import { drawInto, giveConsent } from './sign-by-drawing.js';

const applicant = {
  name: 'Maya Okafor',
  email: 'maya.okafor@example.com',
  phone: '(555) 014-7781',
  currentAddress: '77 Harbor Lane, Apt 2, Springfield, IL 62701',
  employer: 'Lakeside Clinic',
  income: '6200',
};
const property = '12 Dune Road, Unit 4, Springfield, IL 62704';
const coApplicant = { name: 'Jonas Weber', email: 'jonas.weber@example.com', income: '4100' };
const landlord = { name: 'Rita Landry', email: 'rita.landry@example.com' };
const proofOfIncome = 'payslip-march.pdf';

const buyer = { name: 'Priya Raman', email: 'priya.buyer@example.com' };
const seller = { name: 'Tom Seller', email: 'tom.seller@example.com' };
const agreed = {
  address: '9 Cove Street',
  city: 'Springfield, IL 62704',
  price: '468,000.00',
  earnestMoney: '12,000.00',
  closingDate: '2026-08-14',
};

const resumeLinkOf = (message: MailboxMessage) => {
  const link = /Continue where you left off: (\S+)/.exec(message.text)?.[1];
  assert.ok(link, `a resume link in "${message.subject}"`);
  return link;
};
const invitationTo = (email: string) => (message: MailboxMessage) =>
  message.to.includes(email) && /asks you to sign|for you to check and sign/.test(message.subject);

describe('the public rental application and a hand-off on the demo site', () => {
  let harness: DemoUnderTest | undefined;
  let browser: Browser | undefined;
  let demo: RunningDemo | undefined;
  let credentials: DemoCredentials;
  let screenshots: string;
  let formSlug = '';
  let rentalDocumentUrl = '';

  const running = (): RunningDemo => {
    assert.ok(demo, 'the demo is running');
    return demo;
  };
  /** One browser profile per person; `leave` checks their pages had no script errors. */
  const newPerson = async (width = 1280) => {
    assert.ok(browser, 'the browser is running');
    const context: BrowserContext = await browser.newContext({ viewport: { width, height: 900 } });
    const errors: string[] = [];
    const open = async (url: string): Promise<Page> => {
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      return page;
    };
    const leave = async () => {
      await context.close();
      assert.deepEqual(errors, [], 'no script errors on the page');
    };
    return { context, open, leave };
  };
  const tokenFor = async (externalId: string): Promise<string> => {
    const response = await fetch(`${running().apiUrl}/v1/embed-tokens`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${credentials.secretKey}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ externalId }),
    });
    assert.equal(response.status, 201);
    return ((await response.json()) as EmbedToken).token;
  };
  const asUser = async <T>(externalId: string, path: string): Promise<T> => {
    const response = await fetch(`${running().apiUrl}${path}`, {
      headers: { authorization: `Bearer ${await tokenFor(externalId)}` },
    });
    assert.equal(response.status, 200, path);
    return (await response.json()) as T;
  };
  /** A person's row in the workroom panel of `<sign-session>`. */
  const workroomRow = (page: Page, name: string) =>
    page.locator('sign-session [part="workroom-party"]', { hasText: name });
  const sealedText = async (documentUrl: string, name: string, documentPages: number) => {
    const response = await fetch(documentUrl);
    assert.equal(response.status, 200);
    const pdf = new Uint8Array(await response.arrayBuffer());
    await writeFile(join(screenshots, name), pdf);
    const qpdf = await runPdfTool('qpdf', ['--check'], pdf);
    assert.equal(qpdf.exitCode, 0, qpdf.stderr || qpdf.stdout);
    const pdfsig = await runPdfTool('pdfsig', [], pdf);
    assert.match(pdfsig.stdout, /Signature Validation: Signature is Valid\./);
    const { stdout } = await runPdfTool('pdftotext', ['-layout'], pdf);
    // The document's own pages hold the values; the certificate of completion follows them.
    const pages = stdout.split('\f');
    return {
      pdf,
      document: pages.slice(0, documentPages).join('\f'),
      audit: pages.slice(documentPages).join('\f'),
    };
  };

  before(async () => {
    harness = await startDemoUnderTest('rental');
    ({ browser, demo, credentials, screenshots } = harness);
  });

  after(async () => {
    await harness?.close();
  });

  test('the seed publishes Alice’s rental application as a web form, and restarts keep it', async () => {
    assert.ok(credentials.rentalApplicationTemplateId, 'the template id is stored');
    const template = await asUser<Template>(
      'alice',
      `/v1/templates/${credentials.rentalApplicationTemplateId}`,
    );
    assert.equal(template.name, rentalApplication.name);
    assert.equal(template.saveIncomplete, true);
    assert.deepEqual(template.routing, rentalApplication.routing);
    assert.deepEqual(
      template.roles.map(({ key, order }) => [key, order]),
      [
        ['applicant', 1],
        ['co_applicant', 2],
        ['landlord', 2],
      ],
    );
    const field = (id: string) => template.fields.find((candidate) => candidate.id === id);
    assert.deepEqual(
      [field('applicant_proof_of_income')?.type, field('applicant_proof_of_income')?.required],
      ['attachment', true],
    );
    assert.equal(field('applicant_monthly_income')?.type, 'number');
    assert.equal(field('co_applicant_signature')?.role, 'co_applicant');
    assert.equal(field('landlord_sign_date')?.type, 'date_signed');
    assert.ok(template.form?.published, 'the form is published');
    formSlug = template.form.slug;
    assert.match(formSlug, /^rental-application-[a-z0-9]{10}$/);

    const publicForm = await fetch(`${running().apiUrl}/v1/forms/${formSlug}`);
    assert.equal(publicForm.status, 200);
    assert.equal(((await publicForm.json()) as PublicForm).title, rentalApplication.name);

    // The seed runs on every start: run it again over the same database, as a restart does.
    const workDir = harness?.workDir ?? '';
    const again = await seedDemo({
      apiUrl: running().apiUrl,
      demoUrl: running().demoUrl,
      databaseUrl: `file:${join(workDir, 'demo.db')}`,
      credentialsPath: join(workDir, 'demo-credentials.json'),
      log: () => {},
    });
    assert.equal(again.rentalFormSlug, formSlug, 'the same form after a restart');
    assert.equal(again.rentalApplicationTemplateId, template.id);
    const kept = await asUser<Template>('alice', `/v1/templates/${template.id}`);
    assert.equal(kept.updatedAt, template.updatedAt, 'the template is left as it was');
    const templates = await asUser<{ items: Template[] }>('alice', '/v1/templates');
    assert.equal(templates.items.filter((item) => item.name === template.name).length, 1);
  });

  test('a visitor fills the form, attaches proof of income, names who signs next, saves with their email and leaves', async () => {
    const { demoUrl, apiUrl } = running();
    const visitor = await newPerson();
    const page = await visitor.open(`${demoUrl}/`);
    await Promise.all([
      page.waitForURL(`${demoUrl}/apply`),
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Rental application' })
        .click(),
    ]);
    assert.equal(await page.locator('#demo-user').count(), 0, 'a visitor sees no agent login');

    // The form is started from this origin, cross-origin to the API, with no login at all.
    const started = page.waitForResponse(
      (response) =>
        response.url() === `${apiUrl}/v1/forms/${formSlug}/sessions` &&
        response.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Start' }).click();
    assert.equal((await started).status(), 201);
    assert.equal(await (await started).headerValue('access-control-allow-origin'), demoUrl);
    assert.equal(
      await (await started).request().headerValue('authorization'),
      null,
      'a visitor starts the form with no one’s token',
    );

    await giveConsent(page);
    const input = (label: string) => page.getByLabel(label, { exact: true });
    await input('Property address').fill(property);
    await input('Applicant name').fill(applicant.name);
    await input('Applicant email').fill(applicant.email);
    await input('Applicant phone').fill(applicant.phone);
    await input('Applicant current address').fill(applicant.currentAddress);
    await input('Applicant employer').fill(applicant.employer);
    await input('Applicant monthly income').fill(applicant.income);

    const attached = page.waitForResponse(
      (response) =>
        response.url().startsWith(`${apiUrl}/v1/party/attachments/applicant_proof_of_income`) &&
        response.request().method() === 'POST',
    );
    await input('Applicant proof of income').setInputFiles({
      name: proofOfIncome,
      mimeType: 'application/pdf',
      buffer: Buffer.from(
        listingAgreementPdf({
          owner: applicant.name,
          agent: 'Lakeside Clinic payroll',
          address: 'March payslip',
          price: '6,200.00',
        }),
      ),
    });
    assert.equal((await attached).status(), 201);
    await page.getByText(`Attached: ${proofOfIncome}`).waitFor();

    // The applicant names who signs next before saving: kept on the server, not invited yet.
    await page.getByRole('group', { name: 'Signer for Co-applicant' }).waitFor();
    await page.locator('#next-co_applicant-0-name').fill(coApplicant.name);
    await page.locator('#next-co_applicant-0-email').fill(coApplicant.email);
    await page.locator('#next-landlord-0-name').fill(landlord.name);
    await page.locator('#next-landlord-0-email').fill(landlord.email);

    const details = page.locator('sign-session [part="contact"]');
    await details.getByLabel('Name').fill(applicant.name);
    await details.getByLabel('Email').fill(applicant.email);
    await details.getByRole('button', { name: 'Save and email me a link' }).click();
    await details.getByText('Saved. We emailed you a link to continue later.').waitFor();
    await page.locator('sign-session [part="save-status"]', { hasText: 'Saved' }).waitFor();
    await workroomRow(page, landlord.name).and(page.locator('[data-status="waiting"]')).waitFor();
    await page.screenshot({ path: join(screenshots, 'apply-saved-desktop.png'), fullPage: true });
    await page.close();

    // Back on the form in the same browser: it offers the saved application, not a blank one.
    const again = await visitor.open(`${demoUrl}/apply`);
    await again.getByText('You have a saved application on this device.').waitFor();
    assert.equal(
      await again.getByRole('button', { name: 'Resume your saved application' }).count(),
      1,
    );
    await visitor.leave();

    const resume = await waitForMessage(
      apiUrl,
      'the resume link',
      (message) => message.to.includes(applicant.email) && message.subject.startsWith('Continue'),
    );
    assert.equal(resume.subject, `Continue your “${rentalApplication.name}”`);
    assert.ok(resumeLinkOf(resume).startsWith(`${demoUrl}/sign?token=`), resumeLinkOf(resume));
    const sessions = await asUser<SessionList>('alice', '/v1/sessions');
    assert.equal(sessions.items.length, 1, 'one application started');
    assert.equal(sessions.items[0]?.parties[0]?.email, applicant.email);
  });

  test('the applicant resumes from the email on another device and signs; the named people are invited', async () => {
    const { apiUrl } = running();
    const resume = await waitForMessage(apiUrl, 'the resume link', (message) =>
      message.to.includes(applicant.email),
    );
    const device = await newPerson(390);
    const page = await device.open(resumeLinkOf(resume));
    // Consent was given before saving: it stands on this device too.
    await page.locator('sign-session [part~="document"]').waitFor();
    assert.equal(
      await page.getByLabel('I agree to use electronic records and signatures').count(),
      0,
    );
    const input = (label: string) => page.getByLabel(label, { exact: true });
    // Nothing typed before saving is lost, the file included.
    assert.equal(await input('Property address').inputValue(), property);
    assert.equal(await input('Applicant phone').inputValue(), applicant.phone);
    assert.equal(await input('Applicant monthly income').inputValue(), applicant.income);
    await page.getByText(`Attached: ${proofOfIncome}`).waitFor();
    assert.equal(await page.locator('sign-session [part="contact"]').count(), 0);

    // The people named before saving are remembered: nothing to name again.
    await workroomRow(page, coApplicant.name)
      .and(page.locator('[data-status="waiting"]'))
      .waitFor();
    assert.equal(await page.locator('sign-session [part="next-party"]').count(), 0);
    await drawInto(page, 'Sign: Applicant signature');
    await page.screenshot({ path: join(screenshots, 'apply-resumed-mobile.png'), fullPage: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling at 390 px (page is ${width} px wide)`);

    await page.getByRole('button', { name: 'Finish and sign' }).click();
    await page.getByRole('heading', { name: "You're done" }).waitFor();
    // The workroom shows who signs next, already invited.
    await workroomRow(page, coApplicant.name)
      .and(page.locator('[data-status="invited"]'))
      .waitFor();
    await workroomRow(page, landlord.name).and(page.locator('[data-status="invited"]')).waitFor();
    assert.equal(await workroomRow(page, applicant.name).getAttribute('data-status'), 'signed');
    await device.leave();
  });

  test('the landlord watches the co-applicant sign live, then signs and gets the sealed PDF', async () => {
    const { apiUrl } = running();
    const toCo = await waitForMessage(
      apiUrl,
      'the co-applicant’s invitation',
      invitationTo(coApplicant.email),
    );
    const toLandlord = await waitForMessage(
      apiUrl,
      'the landlord’s invitation',
      invitationTo(landlord.email),
    );
    assert.equal(toLandlord.replyTo, 'alice@shoreline-realty.example');

    const landlordPerson = await newPerson();
    const landlordPage = await landlordPerson.open(signingLinkOf(toLandlord));
    await giveConsent(landlordPage);
    await workroomRow(landlordPage, applicant.name)
      .and(landlordPage.locator('[data-status="signed"]'))
      .waitFor();
    assert.notEqual(
      await workroomRow(landlordPage, coApplicant.name).getAttribute('data-status'),
      'signed',
    );
    // What the applicant filled shows on the document; their file never does.
    const documentPane = landlordPage.locator('sign-session [part~="document"]');
    assert.equal(
      (await documentPane.getByText(applicant.name, { exact: true }).count()) >= 1,
      true,
    );
    assert.equal(await documentPane.getByText(proofOfIncome).count(), 0);

    const coPerson = await newPerson();
    const coPage = await coPerson.open(signingLinkOf(toCo));
    await giveConsent(coPage);
    await workroomRow(coPage, applicant.name)
      .and(coPage.locator('[data-status="signed"]'))
      .waitFor();
    await coPage.getByLabel('Co applicant name', { exact: true }).fill(coApplicant.name);
    await coPage
      .getByLabel('Co applicant monthly income', { exact: true })
      .fill(coApplicant.income);
    await drawInto(coPage, 'Sign: Co applicant signature');
    await coPage.getByRole('button', { name: 'Finish and sign' }).click();
    await coPage.getByRole('heading', { name: "You're done" }).waitFor();
    await coPerson.leave();

    // The landlord's open page learns it by itself, without a reload.
    await workroomRow(landlordPage, coApplicant.name)
      .and(landlordPage.locator('[data-status="signed"]'))
      .waitFor({ timeout: 15_000 });
    await landlordPage.getByLabel('Landlord name', { exact: true }).fill(landlord.name);
    await drawInto(landlordPage, 'Sign: Landlord signature');
    await landlordPage.getByRole('button', { name: 'Finish and sign' }).click();
    const download = landlordPage.getByRole('link', { name: 'Download the signed document' });
    await download.waitFor();
    rentalDocumentUrl = (await download.getAttribute('href')) ?? '';
    await landlordPage.screenshot({
      path: join(screenshots, 'apply-landlord-done.png'),
      fullPage: true,
    });
    await landlordPerson.leave();

    const {
      pdf,
      document: text,
      audit,
    } = await sealedText(rentalDocumentUrl, 'rental-application-signed.pdf', 1);
    const values = [
      property,
      applicant.name,
      applicant.email,
      applicant.phone,
      applicant.currentAddress,
      applicant.employer,
      applicant.income,
      proofOfIncome,
      coApplicant.name,
      coApplicant.income,
      landlord.name,
    ];
    for (const value of values) {
      assert.ok(text.includes(value), `the sealed PDF shows "${value}"`);
    }
    for (const person of [applicant, coApplicant, landlord]) {
      assert.ok(audit.includes(person.email), `the audit page lists ${person.email}`);
    }
    // What a person sees, not only what the file claims to hold.
    const certificateLines = [applicant, coApplicant, landlord].map((person) => person.email);
    assert.deepEqual(
      await textsMisdrawnByViewers(pdf, [
        ...values,
        'Certificate of completion',
        ...certificateLines,
      ]),
      { poppler: [], 'pdf.js': [] },
    );
    for (const person of [applicant, coApplicant, landlord]) {
      await waitForMessage(
        apiUrl,
        `the completed copy for ${person.email}`,
        (message) => message.to.includes(person.email) && message.subject.startsWith('Completed:'),
      );
    }
  });

  test('Betty fills a purchase agreement over the phone and hands it off with the price locked', async () => {
    const { demoUrl, apiUrl } = running();
    const agent = await newPerson();
    const page = await agent.open(`${demoUrl}/sign`);
    await Promise.all([
      page.waitForURL(`${demoUrl}/hand-off`),
      page.getByRole('link', { name: 'fill it in over the phone' }).click(),
    ]);
    await page.getByLabel('Buyer name').fill(buyer.name);
    await page.getByLabel('Buyer email').fill(buyer.email);
    await page.getByLabel('Seller name').fill(seller.name);
    await page.getByLabel('Seller email').fill(seller.email);
    await page.getByLabel('Street address').fill(agreed.address);
    await page.getByLabel('City, state, ZIP').fill(agreed.city);
    await page.getByLabel('Purchase price (USD)').fill(agreed.price);
    await page.getByLabel('Earnest money (USD)').fill(agreed.earnestMoney);
    await page.getByLabel('Closing date').fill(agreed.closingDate);
    await page.getByRole('button', { name: 'Hand off to the buyer' }).click();
    const status = page.locator('[data-send-status][data-state="sent"]');
    await status.waitFor();
    assert.match((await status.textContent()) ?? '', /Handed off\. Priya Raman got an email/);
    const item = page.locator('.session-item').first();
    await item.waitFor();
    const sessionId = (await item.getAttribute('data-session-id')) ?? '';
    await page.screenshot({ path: join(screenshots, 'hand-off-desktop.png'), fullPage: true });
    await agent.leave();

    const session = await asUser<Session>('betty', `/v1/sessions/${sessionId}`);
    assert.equal(session.status, 'sent');
    assert.deepEqual(
      session.parties.map((party) => [party.role, party.email, party.status]).sort(),
      [
        ['buyer', buyer.email, 'invited'],
        ['seller', seller.email, 'waiting'],
      ],
    );
    const handedOff = await waitForMessage(apiUrl, 'the hand-off email', invitationTo(buyer.email));
    assert.equal(
      handedOff.subject,
      `Betty Agent prepared “${purchaseAgreement.name}” for you to check and sign`,
    );
    const link = signingLinkOf(handedOff);
    assert.ok(link.startsWith(`${demoUrl}/sign?token=`), link);

    const client = await newPerson();
    const clientPage = await client.open(link);
    await giveConsent(clientPage);
    const price = clientPage.getByLabel('Purchase price', { exact: true });
    assert.equal(await price.inputValue(), agreed.price);
    assert.equal(await price.getAttribute('readonly'), '', 'the price cannot be edited');
    const earnest = clientPage.getByLabel('Earnest money', { exact: true });
    assert.equal(await earnest.inputValue(), agreed.earnestMoney);
    assert.equal(await earnest.getAttribute('readonly'), null, 'what is theirs stays editable');
    assert.equal(
      await clientPage.getByLabel('Closing date', { exact: true }).inputValue(),
      agreed.closingDate,
    );

    // Not through the page either: the API refuses the locked price for the buyer's own link.
    const token = new URL(link).searchParams.get('token') ?? '';
    const refused = await fetch(`${apiUrl}/v1/party/values`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ values: { purchase_price: '1.00' } }),
    });
    assert.equal(refused.status, 403);
    assert.equal(
      ((await refused.json()) as { error: { code: string } }).error.code,
      'field_locked',
    );

    for (const pageNumber of [1, 2, 3])
      await drawInto(clientPage, `Initial: Buyer initials p${pageNumber}`);
    await drawInto(clientPage, 'Sign: Buyer signature');
    await clientPage.getByRole('button', { name: 'Finish and sign' }).click();
    await clientPage.getByRole('heading', { name: "You're done" }).waitFor();
    await client.leave();

    const toSeller = await waitForMessage(
      apiUrl,
      'the seller’s invitation',
      invitationTo(seller.email),
    );
    const sellerPerson = await newPerson();
    const sellerPage = await sellerPerson.open(signingLinkOf(toSeller));
    await giveConsent(sellerPage);
    await workroomRow(sellerPage, buyer.name)
      .and(sellerPage.locator('[data-status="signed"]'))
      .waitFor();
    for (const pageNumber of [1, 2, 3])
      await drawInto(sellerPage, `Initial: Seller initials p${pageNumber}`);
    await drawInto(sellerPage, 'Sign: Seller signature');
    await sellerPage.getByRole('button', { name: 'Finish and sign' }).click();
    const download = sellerPage.getByRole('link', { name: 'Download the signed document' });
    await download.waitFor();
    const documentUrl = (await download.getAttribute('href')) ?? '';
    await sellerPerson.leave();

    const { document: text } = await sealedText(documentUrl, 'handed-off-agreement-signed.pdf', 4);
    for (const value of [
      agreed.price,
      agreed.earnestMoney,
      agreed.closingDate,
      agreed.address,
      buyer.name,
      seller.name,
    ]) {
      assert.ok(text.includes(value), `the sealed PDF shows "${value}"`);
    }
    assert.equal((await readMailbox(apiUrl)).filter(invitationTo(buyer.email)).length, 1);
  });
});
