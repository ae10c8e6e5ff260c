// The loop beside the server shared by the sync, the FCP sweeps and the notifier: a
// first run after `firstDelayMs`, then one every `everyMs`. Runs never overlap: a tick
// that finds the previous run still going is skipped rather than queued, so a slow run
// (a rate-limit wait, a locked table) cannot pile up behind itself. The timers do not
// keep the process alive. `run` reports its own failures in its own words; one that
// escapes anyway is logged here in one line rather than left unhandled. Returns a stop
// function.
export function runPeriodically(
  run: () => Promise<void>,
  options: { firstDelayMs: number; everyMs: number },
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await run();
    } catch (error) {
      console.error(`Periodic task failed: ${String((error as Error)?.message ?? error).split("\n", 1)[0]}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), options.firstDelayMs);
  const every = setInterval(() => void tick(), options.everyMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
