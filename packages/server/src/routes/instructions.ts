import {
  CreateInstructionRequest,
  Instruction,
  InstructionList,
  UpdateInstructionRequest,
} from '@signport/core';
import type { App, AppContext } from '../app-context.js';
import { instructionResource } from '../capabilities/instructions/instruction-resource.js';
import { registerOnBehalfRoutes } from './on-behalf-routes.js';

export function registerInstructionRoutes(app: App, context: AppContext): void {
  registerOnBehalfRoutes(app, context, {
    path: '/v1/instructions',
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
}
