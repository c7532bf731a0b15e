import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, NestFactory } from '@nestjs/core';

import { AppModule } from '../../../src/app.module';
import { ALLOWED_ROLES, IS_PUBLIC } from '../../../src/common/auth/access.decorators';
import { createLogger } from '../../../src/common/logging/logger';
import { AppConfig } from '../../../src/config/app-config';

/** Every handler of every controller the API registers, with what it declares about access. */
async function registeredRoutes() {
  const config = AppConfig.fromEnvironment({
    NODE_ENV: 'test',
    DATABASE_URL: 'postgres://preview@127.0.0.1/preview',
  });
  const app = await NestFactory.create(AppModule.forRoot(config, createLogger('silent')), {
    preview: true,
    logger: false,
  });
  const scanner = new MetadataScanner();
  const controllers = [...app.get(ModulesContainer).values()].flatMap((module) => [
    ...module.controllers.values(),
  ]);
  const routes = controllers.flatMap(({ metatype }) => {
    const controller = metatype as new () => object;
    return scanner.getAllMethodNames(controller.prototype).flatMap((name) => {
      const handler = (controller.prototype as Record<string, object>)[name] as object;
      if (Reflect.getMetadata(METHOD_METADATA, handler) === undefined) return [];
      const declares = (key: string) =>
        Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
      return [
        {
          route: `${controller.name}.${name} (${String(Reflect.getMetadata(PATH_METADATA, controller))}/${String(Reflect.getMetadata(PATH_METADATA, handler))})`,
          isPublic: declares(IS_PUBLIC) === true,
          roles: declares(ALLOWED_ROLES) as string[] | undefined,
        },
      ];
    });
  });
  await app.close();
  return routes;
}

describe('access rules of every registered route', () => {
  it('are declared: public, or a non-empty list of roles, never both', async () => {
    const routes = await registeredRoutes();
    expect(routes.length).toBeGreaterThan(20);
    const undeclared = routes.filter((route) => !route.isPublic && !(route.roles && route.roles.length > 0));
    const both = routes.filter((route) => route.isPublic && route.roles);
    expect(undeclared.map((route) => route.route)).toEqual([]);
    expect(both.map((route) => route.route)).toEqual([]);
  });
});
