/** How a device reaches the others on one board. The secret never leaves this device except in invites. */
export interface Share {
  room: string;
  secret: string;
  /** Signaling servers that came with the invite; otherwise this device's settings apply. */
  signaling?: string[];
}
