// What the client needs from a way of reaching the device: one request in, one reply out. The console
// line transport (line-transport.ts) is one; tests use scripted fakes.

export interface RequestTransport {
  /**
   * Sends `payload` to `endpoint` in transport session `sessionId` and resolves with the reply bytes.
   * Rejects with a NoReplyError when there is none within timeoutMs (0: wait as long as it takes).
   */
  request(endpoint: string, sessionId: number, payload: Uint8Array, timeoutMs: number): Promise<Uint8Array>;
}
