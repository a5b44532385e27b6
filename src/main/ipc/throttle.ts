/**
 * Calls `fn` at most once per `intervalMs` with the latest value; `flush` sends the last value
 * now. Progress of a 100,000-ICP sync must not become 100,000 IPC messages.
 */
export function throttle<T>(fn: (value: T) => void, intervalMs: number) {
  let last = 0;
  let pending: { value: T } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const send = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = Date.now();
    fn(value);
  };
  const call = (value: T) => {
    pending = { value };
    const wait = last + intervalMs - Date.now();
    if (wait <= 0) send();
    else timer ??= setTimeout(send, wait);
  };
  call.flush = () => {
    if (timer) clearTimeout(timer);
    send();
  };
  return call;
}
