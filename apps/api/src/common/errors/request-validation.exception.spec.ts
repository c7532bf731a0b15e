import { IsEmail } from 'class-validator';

import { createValidationPipe } from '../validation/validation.pipe';
import { RequestValidationException } from './request-validation.exception';

class SignIn {
  @IsEmail()
  email!: string;
}

const validate = (body: Record<string, unknown>) =>
  createValidationPipe().transform(body, { type: 'body', metatype: SignIn });

const fieldErrors = async (body: Record<string, unknown>) => {
  const error = await validate(body).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(RequestValidationException);
  return (error as RequestValidationException).fieldErrors;
};

const keys = (count: number, name = (index: number) => `k${index}`) =>
  Object.fromEntries(Array.from({ length: count }, (_, index) => [name(index), index]));

describe('RequestValidationException', () => {
  it('names every broken rule of a small request', async () => {
    expect(await fieldErrors({ email: 'nope', extra: 1 })).toEqual([
      { field: 'email', message: 'email must be an email' },
      { field: 'extra', message: 'property extra should not exist' },
    ]);
  });

  it('names five unknown fields and counts the rest', async () => {
    const errors = await fieldErrors({ email: 'a@b.test', ...keys(100) });
    expect(errors).toHaveLength(6);
    expect(errors.slice(0, 5).map((error) => error.field)).toEqual(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(errors[5]).toEqual({ field: '(more)', message: 'and 95 more unknown fields' });
  });

  it('keeps the other broken rules ahead of unknown fields', async () => {
    const errors = await fieldErrors({ email: 'nope', ...keys(10) });
    expect(errors[0]).toEqual({ field: 'email', message: 'email must be an email' });
    expect(errors.at(-1)).toEqual({ field: '(more)', message: 'and 5 more unknown fields' });
  });

  it('cuts long field names it quotes back', async () => {
    const errors = await fieldErrors({
      email: 'a@b.test',
      ...keys(3, (index) => `${index}`.padEnd(50_000, 'x')),
    });
    expect(JSON.stringify(errors).length).toBeLessThan(1_000);
    expect(errors[0]?.message).toMatch(/^property 0x+… should not exist$/);
  });
});
