import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PersonsController } from '../persons/persons.controller.js';
import { HandoverService } from '../persons/handover.service.js';
import { AbsencesService } from '../persons/absences.service.js';
import { PersonsService } from '../persons/persons.service.js';
import { ApiTokenService } from './api-token.service.js';
import { AuthGuard } from './auth.guard.js';
import { Authenticator } from './authenticator.js';
import { BootstrapService } from './bootstrap.service.js';
import { MeController } from './me.controller.js';
import { OidcVerifier } from './oidc-verifier.js';
import { PrincipalChanges } from './principal-changes.js';

@Global()
@Module({
  controllers: [PersonsController, MeController],
  providers: [ApiTokenService, Authenticator, OidcVerifier, PrincipalChanges, PersonsService, HandoverService, AbsencesService, BootstrapService, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [ApiTokenService, Authenticator, PrincipalChanges, PersonsService],
})
export class AuthModule {}
