/**
 * A pass repeated by a long-running process (the local gateway): one pass
 * every `intervalMs`, never two at once; a failed pass is logged and the
 * loop goes on. In CloudBase, timer-triggered functions run the passes instead.
 */
export function startBackgroundLoop(label: string, pass: () => Promise<unknown>, intervalMs: number): { stop(): Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = pass()
      .then(() => undefined, (error: unknown) => console.error(`[${label}] pass failed`, error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
