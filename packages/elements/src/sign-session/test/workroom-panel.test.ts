import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { Workroom, WorkroomMember } from '@signport/core/client';
import type { SignportWorkroomChangeEvent } from '../../events/signport-workroom-change.js';
import { createTestApi } from '../../../test/test-api.js';
import type { TestApi } from '../../../test/test-api.js';
import type { SignSession } from '../sign-session.js';
import '../sign-session.js';
import { buyerView, inside, loaded } from './party-fixture.js';

interface WorkroomRequest {
  authorization: string | null;
  ifNoneMatch: string | null;
  status: number;
}

const POLL_MS = 100;

function member(overrides: Partial<WorkroomMember> & Pick<WorkroomMember, 'id' | 'name'>) {
  return {
    email: 'x***@e***.com',
    you: false,
    status: 'invited',
    statusSince: '2030-01-15T10:00:00.000Z',
    progress: { filled: 0, required: 2 },
    ...overrides,
  } satisfies WorkroomMember;
}

function workroom(seller: Partial<WorkroomMember> = {}, status = 'in_progress'): Workroom {
  return {
    session: {
      id: 'ses_1',
      status: status as Workroom['session']['status'],
      templateName: 'Purchase agreement',
      signingOrder: 'parallel',
      sender: { name: 'Betty Broker' },
      initiator: { name: 'Betty Broker' },
    },
    roles: [
      {
        key: 'buyer',
        name: 'Buyer',
        order: 1,
        parties: [
          member({
            id: 'pty_buyer',
            name: 'Bea Buyer',
            email: 'bea@example.com',
            you: true,
            status: 'in_progress',
            progress: { filled: 1, required: 3 },
          }),
        ],
      },
      {
        key: 'seller',
        name: 'Seller',
        order: 2,
        parties: [member({ id: 'pty_seller', name: 'Sam Seller', status: 'viewed', ...seller })],
      },
      { key: 'agent', name: 'Listing agent', order: 3, parties: [] },
    ],
  };
}

const setWorkroom = async (api: TestApi, value: Workroom) => {
  const res = await fetch(`${api.url}/__workroom`, {
    method: 'PUT',
    body: JSON.stringify({ workroom: value }),
  });
  expect(res.ok).to.equal(true);
};

const workroomRequests = async (api: TestApi) =>
  ((await (await fetch(`${api.url}/__workroom`)).json()) as { requests: WorkroomRequest[] })
    .requests;

/** The people listed, as a person reads them: role, then each party's name, status and progress. */
function listed(element: SignSession): string[] {
  const panel = inside(element).querySelector('[part=workroom]');
  return [...(panel?.querySelectorAll('ol > li') ?? [])].map((role) =>
    (role.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}

const announced = (element: SignSession) =>
  inside(element).querySelector('[part=workroom] [role=status]')?.textContent?.trim();

describe('<sign-session> workroom', function () {
  this.timeout(10_000);
  let api: TestApi;
  let element: SignSession;

  beforeEach(async () => {
    api = createTestApi();
    await api.party({ view: buyerView() });
    await setWorkroom(api, workroom());
    element = document.createElement('sign-session');
    element.workroom.interval = POLL_MS;
    element.api = api.url;
    element.token = 'party-token';
  });

  afterEach(() => element.remove());

  it('lists every role in signing order with each party’s status and progress in words, marking you', async () => {
    const changed = oneEvent(element, 'signport-workroom-change');
    document.body.append(element);
    await loaded(element);
    const { detail }: SignportWorkroomChangeEvent = await changed;
    expect(detail.workroom.roles.map((role) => role.key)).to.deep.equal([
      'buyer',
      'seller',
      'agent',
    ]);
    await element.updateComplete;

    expect(inside(element).querySelector('[part=workroom] h2')?.textContent).to.equal('Signers');
    expect(listed(element)).to.deep.equal([
      // Your own row counts what is typed on this page, as the header does.
      'Buyer Bea Buyer (you) Filling in 0 of 3 required fields done',
      'Seller Sam Seller Opened 0 of 2 required fields done',
      'Listing agent Not named yet',
    ]);
    const [first] = await workroomRequests(api);
    expect(first).to.deep.equal({
      authorization: 'Bearer party-token',
      ifNoneMatch: null,
      status: 200,
    });
    await expect(element).to.be.accessible();
  });

  it('asks with the last ETag, takes 304 as unchanged, and shows and announces what changed', async () => {
    document.body.append(element);
    await loaded(element);
    await waitUntil(
      async () => (await workroomRequests(api)).some((request) => request.status === 304),
      'no conditional poll was answered 304',
    );
    expect((await workroomRequests(api)).slice(1).map((request) => request.ifNoneMatch)).to.include(
      '"v1"',
    );
    expect(announced(element)).to.equal('');

    const changed = oneEvent(element, 'signport-workroom-change');
    await setWorkroom(api, workroom({ status: 'signed', progress: { filled: 2, required: 2 } }));
    const { detail }: SignportWorkroomChangeEvent = await changed;
    expect(detail.workroom.roles[1]?.parties[0]?.status).to.equal('signed');
    await element.updateComplete;
    expect(listed(element)[1]).to.equal('Seller Sam Seller Signed 2 of 2 required fields done');
    expect(announced(element)).to.equal('Sam Seller: Signed');
    expect(
      inside(element).querySelector('[part=workroom] [role=status]')?.getAttribute('class'),
    ).to.contain('visually-hidden');
  });

  it('stops asking once the element leaves the page', async () => {
    document.body.append(element);
    await loaded(element);
    await waitUntil(async () => (await workroomRequests(api)).length >= 2, 'polling never began');
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const count = (await workroomRequests(api)).length;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 5));
    expect((await workroomRequests(api)).length).to.equal(count);
  });

  it('asks again once put back on the page, as an app moving it elsewhere does', async () => {
    document.body.append(element);
    await loaded(element);
    await waitUntil(async () => (await workroomRequests(api)).length >= 2, 'polling never began');
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 2));
    const whileAway = (await workroomRequests(api)).length;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(element);
    await waitUntil(
      async () => (await workroomRequests(api)).length >= whileAway + 2,
      'polling did not resume',
    );
    elsewhere.remove();
  });

  it('stops asking once the session is over', async () => {
    await setWorkroom(api, workroom({ status: 'signed' }, 'completed'));
    document.body.append(element);
    await loaded(element);
    await waitUntil(async () => (await workroomRequests(api)).length === 1);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 5));
    expect(await workroomRequests(api)).to.have.length(1);
    expect(listed(element)[1]).to.contain('Signed');
  });

  it('asks less often while the page is hidden, and at once when it shows again', async () => {
    let visibility: DocumentVisibilityState = 'hidden';
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => visibility,
    });
    try {
      document.body.append(element);
      await loaded(element);
      await waitUntil(async () => (await workroomRequests(api)).length >= 1);
      // Hidden: one poll every six intervals, so hardly any in four intervals.
      await new Promise((resolve) => setTimeout(resolve, POLL_MS * 4));
      expect((await workroomRequests(api)).length).to.equal(1);
      visibility = 'visible';
      document.dispatchEvent(new Event('visibilitychange'));
      await waitUntil(async () => (await workroomRequests(api)).length >= 2);
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
    }
  });
});
