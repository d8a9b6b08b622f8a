import {
  CreateInstructionRequest,
  Instruction,
  InstructionList,
  UpdateInstructionRequest,
} from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { instructionResource } from '../capabilities/instructions/instruction-resource.js';
import { registerOnBehalfRoutes } from './on-behalf-routes.js';
import { createRouter } from './create-router.js';

export function instructionRoutes(context: AppContext): App {
  const app = createRouter();
  registerOnBehalfRoutes(app, context, {
    tag: 'Saved instructions',
    noun: 'saved instruction',
    resource: instructionResource,
    schemas: {
      create: CreateInstructionRequest,
      update: UpdateInstructionRequest,
      item: Instruction,
      list: InstructionList,
    },
  });
  return app;
}
