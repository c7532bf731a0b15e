import type { ProblemDetails } from '@healthsync/contracts/common';

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

export const DEMO_PASSWORD = 'Demo-password-2026';
export const DEMO_EMAILS = {
  admin: 'admin@demo.healthsync.test',
  receptionist: 'reception@demo.healthsync.test',
  doctor: 'doctor@demo.healthsync.test',
  patient: 'patient@demo.healthsync.test',
} as const;

interface TokenPairBody {
  accessToken: string;
  refreshToken: string;
}

export interface LoginBody {
  status: string;
  tokens?: TokenPairBody;
  challengeToken?: string;
}

/** A thin JSON client for the API under test: every call answers status, parsed body and headers. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(
    method: string,
    path: string,
    options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiAnswer<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: (text ? JSON.parse(text) : undefined) as T,
      headers: response.headers,
    };
  }

  get<T = unknown>(path: string, token?: string) {
    return this.request<T>('GET', path, { token });
  }

  post<T = unknown>(path: string, body?: unknown, token?: string) {
    return this.request<T>('POST', path, { body: body ?? {}, token });
  }

  login(email: string, password: string) {
    return this.post<LoginBody & ProblemDetails>('/api/v1/auth/login', { email, password });
  }

  /** Signs in with a password only; fails the test if that does not give tokens. */
  async tokens(email: string, password = DEMO_PASSWORD): Promise<TokenPairBody> {
    const answer = await this.login(email, password);
    if (answer.status !== 200 || !answer.body.tokens)
      throw new Error(`sign-in of ${email} gave ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body.tokens;
  }

  async accessToken(email: string, password = DEMO_PASSWORD): Promise<string> {
    return (await this.tokens(email, password)).accessToken;
  }
}
