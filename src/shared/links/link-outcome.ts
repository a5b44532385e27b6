import * as z from 'zod';

/*
 * What became of an icpdesk:// link main was handed (by the OS, a second start, or the web host's
 * ?link= parameter), as the renderer hears it: open this ICP, or why not, in words for the user.
 */

export const LinkRefusal = z.enum(['invalid', 'otherAccount', 'notFound', 'unavailable']);
export type LinkRefusal = z.infer<typeof LinkRefusal>;

export const LinkOutcome = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('found'), id: z.string() }),
  z.object({ kind: z.literal('refused'), reason: LinkRefusal, message: z.string() }),
]);
export type LinkOutcome = z.infer<typeof LinkOutcome>;
