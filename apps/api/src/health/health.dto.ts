import { ApiProperty } from '@nestjs/swagger';

export class ComponentHealthDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';

  @ApiProperty({ example: 'postgres', description: 'postgres, redis, memory or mongodb' })
  backend!: string;

  @ApiProperty({ example: 3 })
  latencyMs!: number;

  @ApiProperty({ required: false, example: 'no answer within 2000 ms' })
  error?: string;
}

export class ReadinessComponentsDto {
  @ApiProperty({ type: ComponentHealthDto })
  database!: ComponentHealthDto;

  @ApiProperty({ type: ComponentHealthDto })
  cache!: ComponentHealthDto;

  @ApiProperty({ type: ComponentHealthDto })
  documents!: ComponentHealthDto;
}

export class ReadinessDto {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ type: ReadinessComponentsDto })
  components!: ReadinessComponentsDto;
}

export class LivenessDto {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ example: 42 })
  uptimeSeconds!: number;
}
