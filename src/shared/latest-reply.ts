/*
 * "Latest reply wins" for requests whose replies may arrive in any order (a slow cached read
 * after a fast network answer, two refreshes racing). Each request takes a ticket before it is
 * sent; its reply is accepted only if no reply to a later request was accepted first, and only
 * if nothing superseded it meanwhile (another ICP opened, the account signed out). Used by the
 * renderer's list, detail and compare, and by main's account data.
 */

export interface LatestReply {
  /** A ticket for a request about to be sent. */
  take(): number;
  /** Whether the reply to `ticket` may be applied; if so, earlier tickets lose from now on. */
  accept(ticket: number): boolean;
  /** No request was taken after this one. */
  isNewest(ticket: number): boolean;
  /** Drops the replies to every request taken so far. */
  supersede(): void;
  /** supersede() was called after this ticket was taken. */
  superseded(ticket: number): boolean;
}

export function latestReply(): LatestReply {
  let taken = 0;
  let accepted = 0;
  // Tickets below this were taken before the last supersede().
  let floor = 1;
  return {
    take: () => ++taken,
    accept(ticket) {
      if (ticket < floor || ticket <= accepted) return false;
      accepted = ticket;
      return true;
    },
    isNewest: (ticket) => ticket === taken,
    supersede() {
      floor = taken + 1;
    },
    superseded: (ticket) => ticket < floor,
  };
}
