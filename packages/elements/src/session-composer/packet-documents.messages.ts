import { addMessages } from '../base/messages.js';

const english = {
  packetDocuments: 'Documents, in signing order',
  packetMoveUp: 'Move {name} up',
  packetMoveDown: 'Move {name} down',
  packetRemove: 'Remove {name} from the packet',
  packetAdd: 'Another template for this packet',
  packetAddButton: 'Add template',
  packetName: 'Packet name',
  packetNameHint: 'What the parties and the dashboard see; by default the documents’ names.',
} as const;

export type PacketDocumentsMessages = typeof english;

declare module '../base/messages.js' {
  // Merges these keys into the shared catalogue's type.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SignportMessages extends PacketDocumentsMessages {}
}

addMessages('en', english);
