import { Clause, ClauseList, CreateClauseRequest, UpdateClauseRequest } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { clauseResource } from '../capabilities/clauses/clause-resource.js';
import { registerOnBehalfRoutes } from './on-behalf-routes.js';

export function registerClauseRoutes(app: App, context: AppContext): void {
  registerOnBehalfRoutes(app, context, {
    path: '/v1/clauses',
    tag: 'Clauses',
    noun: 'clause',
    resource: clauseResource,
    schemas: {
      create: CreateClauseRequest,
      update: UpdateClauseRequest,
      item: Clause,
      list: ClauseList,
    },
  });
}
