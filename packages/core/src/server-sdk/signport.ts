// The typed SDK a host backend uses with its secret key. Types only from the schemas: no zod at run time.
import type { z } from 'zod';
import type {
  AccountSettings,
  ActivityEntry,
  ActivityList,
  CommunicationEntry,
  CommunicationList,
  CreateActivityRequest,
  CreateCommunicationRequest,
  CreateFeedbackRequest,
  CreatePropertyRequest,
  CreateTeamContactRequest,
  CreateTeamRequest,
  FeedbackEntry,
  FeedbackList,
  PortalMessage,
  PortalMessageList,
  Property,
  PropertyList,
  RemindResult,
  RemindSessionRequest,
  SendPortalMessageRequest,
  Team,
  TeamContact,
  TeamContactList,
  Timeline,
  UnreadClientMessages,
  UpdatePropertyRequest,
  AuditTrail,
  Client,
  ClientList,
  CreateClientRequest,
  CreateDelegationRequest,
  CreateEmbedTokenRequest,
  CreatePlanRequest,
  CreateSessionRequest,
  CreateWebhookRequest,
  CreatedWebhookEndpoint,
  Delegation,
  DelegationList,
  EmbedToken,
  EnrollContactsRequest,
  Enrollment,
  EnrollmentList,
  ListClientsQuery,
  ListOnBehalfQuery,
  ListSessionsQuery,
  ListWebhookDeliveriesQuery,
  Me,
  OnBehalfQuery,
  PageQuery,
  PartyLink,
  Plan,
  PlanDefaultsSchema,
  PlanList,
  PortalAccessSettings,
  PortalAccessSetupRequest,
  PortalInvite,
  PublishTemplateFormRequest,
  Session,
  SessionDetail,
  SessionList,
  Template,
  TemplateFieldInput,
  TemplateForm,
  TemplateList,
  TemplateRole,
  UpdateAccountRequest,
  UpdateClientRequest,
  UpdatePlanRequest,
  UpdateTemplateRequest,
  UpdateWebhookRequest,
  UpsertUserRequest,
  UsageQuery,
  UsageReport,
  User,
  VoidSessionRequest,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointList,
  WebhookSecret,
  Workroom,
} from '../index.js';
import { PagedList } from './paged-list.js';
import { Transport, type Call, type CallOptions, type TransportOptions } from './transport.js';

export type PlanDefaults = z.infer<typeof PlanDefaultsSchema>;

export interface SignportOptions extends TransportOptions {
  /** The account's API secret key (`sk_…`), from `signport account create` or `key rotate`. */
  secretKey: string;
}

/** A PDF to turn into a template, with optional roles and fields (else detected from the PDF). */
export interface UploadTemplateRequest {
  name: string;
  file: Blob | Uint8Array;
  fileName?: string;
  roles?: TemplateRole[];
  fields?: TemplateFieldInput[];
}

/** A list's filters; the cursor is the `PagedList`'s business. */
export type ListQuery<Q> = Omit<Q, 'cursor' | 'limit'> & {
  /** Items per page, 1–100 (25 unless set). */
  limit?: number;
};

type Send = <T>(call: Omit<Call, 'credential'>) => Promise<T>;

const at = (id: string) => encodeURIComponent(id);

/**
 * Calls the Signport API from a host backend. Calls made with the secret key sit on the instance;
 * what a user does (templates, sessions, party links) goes through `asUser(externalId)`, which mints
 * that user's embed tokens as needed.
 *
 * @example
 * const signport = new Signport({ secretKey: process.env.SIGNPORT_SECRET_KEY!, baseUrl: 'https://sign.example.com' });
 * await signport.users.upsert('agent-42', { name: 'Dana Agent', email: 'dana@example.com' });
 * const { token } = await signport.embedTokens.create({ externalId: 'agent-42' });
 * for await (const client of signport.clients.list({ status: 'active' })) console.log(client.name);
 */
export class Signport {
  readonly #transport: Transport;
  readonly #send: Send;

  constructor(options: SignportOptions) {
    this.#transport = new Transport(options);
    const credential = () => options.secretKey;
    this.#send = (call) => this.#transport.send({ ...call, credential });
  }

  /** The calls of one of your users, identified by your own id, made with their embed tokens. */
  asUser(externalId: string, options: { tokenTtlSeconds?: number } = {}): SignportUser {
    return new SignportUser(this.#transport, () =>
      this.embedTokens.create({ externalId, ttlSeconds: options.tokenTtlSeconds ?? 15 * 60 }),
    );
  }

  readonly users = {
    /** Creates or updates the user with your id `externalId` (201 when created, 200 when updated). */
    upsert: (externalId: string, user: UpsertUserRequest, options?: CallOptions) =>
      this.#send<User>({
        method: 'PUT',
        path: `/v1/users/${at(externalId)}`,
        json: user,
        ...options,
      }),
  };

  readonly embedTokens = {
    /** A short-lived token for the elements, for one of your users. */
    create: (request: CreateEmbedTokenRequest, options?: CallOptions) =>
      this.#send<EmbedToken>({
        method: 'POST',
        path: '/v1/embed-tokens',
        json: request,
        ...options,
      }),
  };

  readonly account = {
    /** Sets where emailed signing and portal links land, among other account settings. */
    update: (settings: UpdateAccountRequest, options?: CallOptions) =>
      this.#send<AccountSettings>({
        method: 'PATCH',
        path: '/v1/account',
        json: settings,
        ...options,
      }),
  };

  readonly delegations = {
    /** Lets `assistantId` act for `principalId` (both Signport user ids) within `scopes`. */
    create: (request: CreateDelegationRequest, options?: CallOptions) =>
      this.#send<Delegation>({
        method: 'POST',
        path: '/v1/delegations',
        json: request,
        ...options,
      }),
    list: (options?: CallOptions) =>
      this.#send<DelegationList>({ method: 'GET', path: '/v1/delegations', ...options }),
    revoke: (id: string, options?: CallOptions) =>
      this.#send<void>({ method: 'DELETE', path: `/v1/delegations/${at(id)}`, ...options }),
  };

  readonly clients = {
    create: (client: CreateClientRequest, options?: CallOptions) =>
      this.#send<Client>({ method: 'POST', path: '/v1/clients', json: client, ...options }),
    /** `await` for one page, `for await` for every client. */
    list: (query: ListQuery<ListClientsQuery> = {}, options?: CallOptions) =>
      new PagedList((cursor) =>
        this.#send<ClientList>({
          method: 'GET',
          path: '/v1/clients',
          query: { ...query, cursor },
          ...options,
        }),
      ),
    get: (id: string, options?: CallOptions) =>
      this.#send<Client>({ method: 'GET', path: `/v1/clients/${at(id)}`, ...options }),
    update: (id: string, changes: UpdateClientRequest, options?: CallOptions) =>
      this.#send<Client>({
        method: 'PATCH',
        path: `/v1/clients/${at(id)}`,
        json: changes,
        ...options,
      }),
    delete: (id: string, options?: CallOptions) =>
      this.#send<void>({ method: 'DELETE', path: `/v1/clients/${at(id)}`, ...options }),
    portalAccess: {
      get: (clientId: string, options?: CallOptions) =>
        this.#send<PortalAccessSettings>({
          method: 'GET',
          path: `/v1/clients/${at(clientId)}/portal-access`,
          ...options,
        }),
      /** Sets the client's login (new or reused) and what it may see. */
      set: (clientId: string, setup: PortalAccessSetupRequest, options?: CallOptions) =>
        this.#send<PortalAccessSettings>({
          method: 'PUT',
          path: `/v1/clients/${at(clientId)}/portal-access`,
          json: setup,
          ...options,
        }),
      /** Emails the activation (or password reset) link, valid 48 hours. */
      invite: (clientId: string, options?: CallOptions) =>
        this.#send<PortalInvite>({
          method: 'POST',
          path: `/v1/clients/${at(clientId)}/portal-access/invite`,
          ...options,
        }),
    },
    /** The conversation with the client in their portal. */
    messages: {
      /** `await` for one page, `for await` for every message, newest first. */
      list: (clientId: string, query: ListQuery<PageQuery> = {}, options?: CallOptions) =>
        new PagedList((cursor) =>
          this.#send<PortalMessageList>({
            method: 'GET',
            path: `/v1/clients/${at(clientId)}/messages`,
            query: { ...query, cursor },
            ...options,
          }),
        ),
      /** A message from the agent, shown in the client's portal. */
      send: (clientId: string, message: SendPortalMessageRequest, options?: CallOptions) =>
        this.#send<PortalMessage>({
          method: 'POST',
          path: `/v1/clients/${at(clientId)}/messages`,
          json: message,
          ...options,
        }),
      /** Marks the client's messages read. */
      markRead: (clientId: string, options?: CallOptions) =>
        this.#send<void>({
          method: 'POST',
          path: `/v1/clients/${at(clientId)}/messages/read`,
          ...options,
        }),
      /** Messages clients sent from the portal not yet marked read, of every client. */
      unread: (options?: CallOptions) =>
        this.#send<UnreadClientMessages>({
          method: 'GET',
          path: '/v1/client-messages/unread',
          ...options,
        }),
    },
    /** The client's communication log, kept by the agent. */
    communications: {
      log: (clientId: string, entry: CreateCommunicationRequest, options?: CallOptions) =>
        this.#send<CommunicationEntry>({
          method: 'POST',
          path: `/v1/clients/${at(clientId)}/communications`,
          json: entry,
          ...options,
        }),
      list: (clientId: string, query: ListQuery<PageQuery> = {}, options?: CallOptions) =>
        new PagedList((cursor) =>
          this.#send<CommunicationList>({
            method: 'GET',
            path: `/v1/clients/${at(clientId)}/communications`,
            query: { ...query, cursor },
            ...options,
          }),
        ),
    },
    /** The client's activity feed, shown in their portal. */
    activity: {
      record: (clientId: string, entry: CreateActivityRequest, options?: CallOptions) =>
        this.#send<ActivityEntry>({
          method: 'POST',
          path: `/v1/clients/${at(clientId)}/activity`,
          json: entry,
          ...options,
        }),
      list: (clientId: string, query: ListQuery<PageQuery> = {}, options?: CallOptions) =>
        new PagedList((cursor) =>
          this.#send<ActivityList>({
            method: 'GET',
            path: `/v1/clients/${at(clientId)}/activity`,
            query: { ...query, cursor },
            ...options,
          }),
        ),
    },
  };

  readonly properties = {
    create: (property: CreatePropertyRequest, options?: CallOptions) =>
      this.#send<Property>({ method: 'POST', path: '/v1/properties', json: property, ...options }),
    /** `await` for one page, `for await` for every property. */
    list: (query: ListQuery<PageQuery> = {}, options?: CallOptions) =>
      new PagedList((cursor) =>
        this.#send<PropertyList>({
          method: 'GET',
          path: '/v1/properties',
          query: { ...query, cursor },
          ...options,
        }),
      ),
    get: (id: string, options?: CallOptions) =>
      this.#send<Property>({ method: 'GET', path: `/v1/properties/${at(id)}`, ...options }),
    update: (id: string, changes: UpdatePropertyRequest, options?: CallOptions) =>
      this.#send<Property>({
        method: 'PATCH',
        path: `/v1/properties/${at(id)}`,
        json: changes,
        ...options,
      }),
    /** Showing feedback, shared with the owners in their portal. */
    feedback: {
      create: (propertyId: string, entry: CreateFeedbackRequest, options?: CallOptions) =>
        this.#send<FeedbackEntry>({
          method: 'POST',
          path: `/v1/properties/${at(propertyId)}/feedback`,
          json: entry,
          ...options,
        }),
      list: (propertyId: string, query: ListQuery<PageQuery> = {}, options?: CallOptions) =>
        new PagedList((cursor) =>
          this.#send<FeedbackList>({
            method: 'GET',
            path: `/v1/properties/${at(propertyId)}/feedback`,
            query: { ...query, cursor },
            ...options,
          }),
        ),
    },
  };

  readonly teams = {
    /** A team with exactly one rainmaker; its plan defaults start as the server's. */
    create: (team: z.input<typeof CreateTeamRequest>, options?: CallOptions) =>
      this.#send<Team>({ method: 'POST', path: '/v1/teams', json: team, ...options }),
    get: (id: string, options?: CallOptions) =>
      this.#send<Team>({ method: 'GET', path: `/v1/teams/${at(id)}`, ...options }),
    contacts: {
      create: (
        teamId: string,
        contact: z.input<typeof CreateTeamContactRequest>,
        options?: CallOptions,
      ) =>
        this.#send<TeamContact>({
          method: 'POST',
          path: `/v1/teams/${at(teamId)}/contacts`,
          json: contact,
          ...options,
        }),
      list: (teamId: string, options?: CallOptions) =>
        this.#send<TeamContactList>({
          method: 'GET',
          path: `/v1/teams/${at(teamId)}/contacts`,
          ...options,
        }),
      /** What the team's plans did for one contact: emails, texts, tasks. */
      timeline: (teamId: string, contactId: string, options?: CallOptions) =>
        this.#send<Timeline>({
          method: 'GET',
          path: `/v1/teams/${at(teamId)}/contacts/${at(contactId)}/timeline`,
          ...options,
        }),
    },
  };

  readonly plans = {
    create: (plan: CreatePlanRequest, options?: CallOptions) =>
      this.#send<Plan>({ method: 'POST', path: '/v1/plans', json: plan, ...options }),
    list: (query: ListQuery<PageQuery & { teamId?: string }> = {}, options?: CallOptions) =>
      new PagedList((cursor) =>
        this.#send<PlanList>({
          method: 'GET',
          path: '/v1/plans',
          query: { ...query, cursor },
          ...options,
        }),
      ),
    get: (id: string, options?: CallOptions) =>
      this.#send<Plan>({ method: 'GET', path: `/v1/plans/${at(id)}`, ...options }),
    update: (id: string, plan: UpdatePlanRequest, options?: CallOptions) =>
      this.#send<Plan>({ method: 'PUT', path: `/v1/plans/${at(id)}`, json: plan, ...options }),
    delete: (id: string, options?: CallOptions) =>
      this.#send<void>({ method: 'DELETE', path: `/v1/plans/${at(id)}`, ...options }),
    enroll: (planId: string, request: EnrollContactsRequest, options?: CallOptions) =>
      this.#send<EnrollmentList>({
        method: 'POST',
        path: `/v1/plans/${at(planId)}/enrollments`,
        json: request,
        ...options,
      }),
    enrollments: (planId: string, options?: CallOptions) =>
      this.#send<EnrollmentList>({
        method: 'GET',
        path: `/v1/plans/${at(planId)}/enrollments`,
        ...options,
      }),
    /** Stops the plan for one contact; its pending steps are dropped. */
    unenroll: (planId: string, enrollmentId: string, options?: CallOptions) =>
      this.#send<Enrollment>({
        method: 'DELETE',
        path: `/v1/plans/${at(planId)}/enrollments/${at(enrollmentId)}`,
        ...options,
      }),
    /** Who sends each kind of step of the team's plans. */
    defaults: (teamId: string, options?: CallOptions) =>
      this.#send<PlanDefaults>({
        method: 'GET',
        path: `/v1/teams/${at(teamId)}/plan-defaults`,
        ...options,
      }),
    setDefaults: (teamId: string, defaults: PlanDefaults, options?: CallOptions) =>
      this.#send<PlanDefaults>({
        method: 'PUT',
        path: `/v1/teams/${at(teamId)}/plan-defaults`,
        json: defaults,
        ...options,
      }),
  };

  readonly usage = {
    /** Email and SMS credits per agent for a month (`yyyy-mm`, this month unless set). */
    get: (query: UsageQuery = {}, options?: CallOptions) =>
      this.#send<UsageReport>({ method: 'GET', path: '/v1/usage', query, ...options }),
  };

  readonly webhooks = {
    /** Registers an endpoint; the answer carries its signing secret (`whsec_…`). */
    create: (endpoint: CreateWebhookRequest, options?: CallOptions) =>
      this.#send<CreatedWebhookEndpoint>({
        method: 'POST',
        path: '/v1/webhooks',
        json: endpoint,
        ...options,
      }),
    list: (options?: CallOptions) =>
      this.#send<WebhookEndpointList>({ method: 'GET', path: '/v1/webhooks', ...options }),
    get: (id: string, options?: CallOptions) =>
      this.#send<WebhookEndpoint>({ method: 'GET', path: `/v1/webhooks/${at(id)}`, ...options }),
    update: (id: string, changes: UpdateWebhookRequest, options?: CallOptions) =>
      this.#send<WebhookEndpoint>({
        method: 'PATCH',
        path: `/v1/webhooks/${at(id)}`,
        json: changes,
        ...options,
      }),
    delete: (id: string, options?: CallOptions) =>
      this.#send<void>({ method: 'DELETE', path: `/v1/webhooks/${at(id)}`, ...options }),
    secret: (id: string, options?: CallOptions) =>
      this.#send<WebhookSecret>({
        method: 'GET',
        path: `/v1/webhooks/${at(id)}/secret`,
        ...options,
      }),
    /** A new secret; the previous one keeps signing too for 24 hours. */
    rotateSecret: (id: string, options?: CallOptions) =>
      this.#send<WebhookSecret>({
        method: 'POST',
        path: `/v1/webhooks/${at(id)}/secret/rotate`,
        ...options,
      }),
    /** The delivery log; `await` for one page, `for await` for every delivery. */
    deliveries: (
      id: string,
      query: ListQuery<ListWebhookDeliveriesQuery> = {},
      options?: CallOptions,
    ) =>
      new PagedList((cursor) =>
        this.#send<WebhookDeliveryList>({
          method: 'GET',
          path: `/v1/webhooks/${at(id)}/deliveries`,
          query: { ...query, cursor },
          ...options,
        }),
      ),
    redeliver: (id: string, deliveryId: string, options?: CallOptions) =>
      this.#send<WebhookDelivery>({
        method: 'POST',
        path: `/v1/webhooks/${at(id)}/deliveries/${at(deliveryId)}/redeliver`,
        ...options,
      }),
  };
}

/**
 * What one of your users does, sent with that user's embed token: minted on first use and again
 * a minute before it expires. Create it with `signport.asUser(externalId)`.
 */
export class SignportUser {
  readonly #send: Send;

  constructor(transport: Transport, mintToken: () => Promise<EmbedToken>) {
    let current: { token: string; renewAt: number } | undefined;
    let minting: Promise<string> | undefined;
    const credential = async () => {
      if (current && Date.now() < current.renewAt) return current.token;
      minting ??= mintToken().then(
        ({ token, expiresAt }) => {
          current = { token, renewAt: Date.parse(expiresAt) - 60_000 };
          minting = undefined;
          return token;
        },
        (error: unknown) => {
          minting = undefined;
          throw error;
        },
      );
      return minting;
    };
    this.#send = (call) => transport.send({ ...call, credential });
  }

  /** The user and their account, as the server sees them. */
  me(options?: CallOptions): Promise<Me> {
    return this.#send<Me>({ method: 'GET', path: '/v1/me', ...options });
  }

  readonly templates = {
    /** Uploads a PDF; fields come from `fields`, else from the PDF's form fields and text tags. */
    upload: (template: UploadTemplateRequest, query: OnBehalfQuery = {}, options?: CallOptions) => {
      const form = new FormData();
      const file =
        template.file instanceof Blob
          ? template.file
          : new Blob([new Uint8Array(template.file)], { type: 'application/pdf' });
      form.set('file', file, template.fileName ?? 'document.pdf');
      form.set('name', template.name);
      if (template.roles) form.set('roles', JSON.stringify(template.roles));
      if (template.fields) form.set('fields', JSON.stringify(template.fields));
      return this.#send<Template>({
        method: 'POST',
        path: '/v1/templates',
        form,
        query,
        ...options,
      });
    },
    list: (query: ListQuery<ListOnBehalfQuery> = {}, options?: CallOptions) =>
      new PagedList((cursor) =>
        this.#send<TemplateList>({
          method: 'GET',
          path: '/v1/templates',
          query: { ...query, cursor },
          ...options,
        }),
      ),
    get: (id: string, query: OnBehalfQuery = {}, options?: CallOptions) =>
      this.#send<Template>({ method: 'GET', path: `/v1/templates/${at(id)}`, query, ...options }),
    update: (
      id: string,
      changes: UpdateTemplateRequest,
      query: OnBehalfQuery = {},
      options?: CallOptions,
    ) =>
      this.#send<Template>({
        method: 'PATCH',
        path: `/v1/templates/${at(id)}`,
        json: changes,
        query,
        ...options,
      }),
    delete: (id: string, query: OnBehalfQuery = {}, options?: CallOptions) =>
      this.#send<void>({ method: 'DELETE', path: `/v1/templates/${at(id)}`, query, ...options }),
    /** Publishes the template as a public web form; the answer holds its slug and URL. */
    publishForm: (id: string, request: PublishTemplateFormRequest = {}, options?: CallOptions) =>
      this.#send<TemplateForm>({
        method: 'POST',
        path: `/v1/templates/${at(id)}/form`,
        json: request,
        ...options,
      }),
    unpublishForm: (id: string, options?: CallOptions) =>
      this.#send<void>({ method: 'DELETE', path: `/v1/templates/${at(id)}/form`, ...options }),
  };

  readonly sessions = {
    create: (session: CreateSessionRequest, options?: CallOptions) =>
      this.#send<Session>({ method: 'POST', path: '/v1/sessions', json: session, ...options }),
    /** `await` for one page, `for await` for every session. */
    list: (query: ListQuery<ListSessionsQuery> = {}, options?: CallOptions) =>
      new PagedList((cursor) =>
        this.#send<SessionList>({
          method: 'GET',
          path: '/v1/sessions',
          query: { ...query, cursor },
          ...options,
        }),
      ),
    get: (id: string, options?: CallOptions) =>
      this.#send<SessionDetail>({ method: 'GET', path: `/v1/sessions/${at(id)}`, ...options }),
    send: (id: string, options?: CallOptions) =>
      this.#send<Session>({ method: 'POST', path: `/v1/sessions/${at(id)}/send`, ...options }),
    void: (id: string, request: VoidSessionRequest = {}, options?: CallOptions) =>
      this.#send<Session>({
        method: 'POST',
        path: `/v1/sessions/${at(id)}/void`,
        json: request,
        ...options,
      }),
    /** Emails the parties whose turn it is (or `partyIds`) a new link. */
    remind: (id: string, request: RemindSessionRequest = {}, options?: CallOptions) =>
      this.#send<RemindResult>({
        method: 'POST',
        path: `/v1/sessions/${at(id)}/remind`,
        json: request,
        ...options,
      }),
    audit: (id: string, options?: CallOptions) =>
      this.#send<AuditTrail>({ method: 'GET', path: `/v1/sessions/${at(id)}/audit`, ...options }),
    workroom: (id: string, options?: CallOptions) =>
      this.#send<Workroom>({ method: 'GET', path: `/v1/sessions/${at(id)}/workroom`, ...options }),
    /** The sealed PDF of a completed session. */
    document: (id: string, options?: CallOptions) =>
      this.#send<Uint8Array>({
        method: 'GET',
        path: `/v1/sessions/${at(id)}/document.pdf`,
        answer: 'bytes',
        ...options,
      }),
    /** A party link for `<sign-session token>` on your page, or to send yourself. */
    partyLink: (sessionId: string, partyId: string, options?: CallOptions) =>
      this.#send<PartyLink>({
        method: 'POST',
        path: `/v1/sessions/${at(sessionId)}/parties/${at(partyId)}/link`,
        ...options,
      }),
  };
}
