import { Module, type OnModuleInit } from '@nestjs/common';
import { validateBuiltInTemplates } from '@gov/domain';
import { ProgramsController } from './programs.controller.js';
import { ProgramsService } from './programs.service.js';

@Module({ controllers: [ProgramsController], providers: [ProgramsService] })
export class ProgramsModule implements OnModuleInit {
  /** A broken built-in template stops the API at start, not the first program made from it. */
  onModuleInit(): void {
    validateBuiltInTemplates();
  }
}
