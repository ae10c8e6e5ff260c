// Axis ticks for keys that start with a year ("2026-08", "2026 Q3"): one tick where
// each year begins, thinned so that labels never crowd (at most `max`).

export type Tick = { index: number; label: string };

export function yearTicks(keys: readonly string[], max = 9): Tick[] {
  const starts: Tick[] = [];
  keys.forEach((key, index) => {
    const year = key.slice(0, 4);
    if (index === 0 || keys[index - 1]!.slice(0, 4) !== year) starts.push({ index, label: year });
  });
  const step = Math.ceil(starts.length / max);
  return starts.filter((_, i) => i % step === 0);
}
