import * as z from 'zod';

/** The platform's error body: `{"error":{"code","message"}}`. */
export const ApiErrorEnvelope = z.object({
  error: z.looseObject({
    code: z.string(),
    message: z.string(),
  }),
});
export type ApiErrorEnvelope = z.infer<typeof ApiErrorEnvelope>;

/**
 * Every failure the renderer can be told about. The renderer switches on `kind`; it never sees
 * HTTP details beyond `status` and the API's own code and message.
 */
export const AppErrorKind = z.enum([
  'unauthorized', // 401: sign in again
  'forbidden', // 403
  'notFound', // 404
  'server', // 5xx
  'network', // refused, DNS, timeout, offline
  'invalidResponse', // not JSON, or not the documented shape
  'badRequest', // the renderer sent arguments main refuses
  'notSignedIn', // no session to answer with
  'keychain', // the OS keychain is unavailable or locked
  'storage', // a file in the app's data folder could not be read or written
  'cancelled', // the user stopped a long action, or the account it was for was closed
  'limit', // a bound the app keeps (e.g. the number of accounts)
  'internal', // a bug in ICP Desk: reported, never thrown across the boundary
]);
export type AppErrorKind = z.infer<typeof AppErrorKind>;

export const AppError = z.object({
  kind: AppErrorKind,
  message: z.string(),
  status: z.number().int().optional(),
  /** The API's own error code and message, when the body was the documented envelope. */
  apiCode: z.string().optional(),
  apiMessage: z.string().optional(),
  /** For invalidResponse: the field that failed, e.g. `[3].activeUntil`. */
  field: z.string().optional(),
});
export type AppError = z.infer<typeof AppError>;

export const appError = (kind: AppErrorKind, message: string, extra: Partial<AppError> = {}): AppError => ({
  ...extra,
  kind,
  message,
});
