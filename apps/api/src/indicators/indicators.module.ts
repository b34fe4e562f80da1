import { Module } from '@nestjs/common';
import { ProgramContext } from '../phased/program-context.js';
import { EffectGoalsService } from './effect-goals.service.js';
import { IndicatorDefinitionsService } from './indicator-definitions.service.js';
import { IndicatorValuesService } from './indicator-values.service.js';
import { IndicatorsController } from './indicators.controller.js';

/** Effect goals' indicators: their definitions, yearly values (one by one or from CSV) and the goal pages. */
@Module({
  controllers: [IndicatorsController],
  providers: [ProgramContext, IndicatorDefinitionsService, IndicatorValuesService, EffectGoalsService],
})
export class IndicatorsModule {}
