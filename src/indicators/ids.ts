/** The five indicator ids, in the order of the architecture and report 002 (the dashboard shows them so). */
export const INDICATOR_IDS = ['value-creation', 'rd-share', 'commuting', 'state-transfers', 'employment-change'] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];

export function isIndicatorId(id: string | null | undefined): id is IndicatorId {
  return typeof id === 'string' && (INDICATOR_IDS as readonly string[]).includes(id);
}
