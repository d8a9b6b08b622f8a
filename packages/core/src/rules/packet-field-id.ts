/**
 * A field's id in a packet (a session of several templates): the document's place in the packet
 * (from 1) in front keeps ids unique across its templates, e.g. `d2.buyer_initials_p1`. Prefilled
 * values, locks, saved values and the party's view all use it.
 */
export function packetFieldId(documentNumber: number, fieldId: string): string {
  return `d${documentNumber}.${fieldId}`;
}
