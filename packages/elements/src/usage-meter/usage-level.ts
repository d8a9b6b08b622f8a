/** How close an agent is to their limit: a warning from 80 % used, critical from 95 %. */
export type UsageLevel = 'ok' | 'warning' | 'critical';

export function usageLevel(used: number, limit: number): UsageLevel {
  if (limit <= 0) return used > 0 ? 'critical' : 'ok';
  const share = used / limit;
  return share >= 0.95 ? 'critical' : share >= 0.8 ? 'warning' : 'ok';
}

/** The whole percentage used, rounded down so 79.9 % does not read as 80 %. */
export function usagePercent(used: number, limit: number): number {
  return limit <= 0 ? 100 : Math.floor((used / limit) * 100);
}
