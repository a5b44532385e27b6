import { describe, expect, it } from 'vitest';
import { latestReply } from '../../src/shared/latest-reply';

describe('latest reply wins', () => {
  it('accepts replies that arrive in the order they were asked for', () => {
    const replies = latestReply();
    const first = replies.take();
    const second = replies.take();
    expect(replies.accept(first)).toBe(true);
    expect(replies.accept(second)).toBe(true);
  });

  it('drops a slow reply once the reply to a later request was accepted', () => {
    const replies = latestReply();
    const slow = replies.take();
    const fast = replies.take();
    expect(replies.accept(fast)).toBe(true);
    expect(replies.accept(slow)).toBe(false);
  });

  it('accepts each reply once', () => {
    const replies = latestReply();
    const ticket = replies.take();
    expect(replies.accept(ticket)).toBe(true);
    expect(replies.accept(ticket)).toBe(false);
  });

  it('drops every reply asked for before supersede(), and only those', () => {
    const replies = latestReply();
    const before = [replies.take(), replies.take()];
    replies.supersede();
    const after = replies.take();
    expect(before.map((ticket) => replies.superseded(ticket))).toEqual([true, true]);
    expect(replies.superseded(after)).toBe(false);
    expect(before.map((ticket) => replies.accept(ticket))).toEqual([false, false]);
    expect(replies.accept(after)).toBe(true);
  });

  it('supersedes nothing asked for later, even with nothing asked for before', () => {
    const replies = latestReply();
    replies.supersede();
    expect(replies.accept(replies.take())).toBe(true);
  });

  it('knows the newest request, whatever has been accepted', () => {
    const replies = latestReply();
    const first = replies.take();
    expect(replies.isNewest(first)).toBe(true);
    const second = replies.take();
    expect(replies.isNewest(first)).toBe(false);
    expect(replies.isNewest(second)).toBe(true);
    replies.accept(first);
    expect(replies.isNewest(second)).toBe(true);
  });

  it('keeps separate orders apart (one per view or compared ICP)', () => {
    const a = latestReply();
    const b = latestReply();
    const fromA = a.take();
    b.accept(b.take());
    b.supersede();
    expect(a.accept(fromA)).toBe(true);
  });
});
