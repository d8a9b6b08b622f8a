import { Clause, ClauseList, CreateClauseRequest, UpdateClauseRequest } from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { clauseResource } from '../capabilities/clauses/clause-resource.js';
import { registerOnBehalfRoutes } from './on-behalf-routes.js';
import { createRouter } from './create-router.js';

export function clauseRoutes(context: AppContext): App {
  const app = createRouter();
  registerOnBehalfRoutes(app, context, {
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
  return app;
}
