// Why a request got no reply. The console logs the message as an E line; the device carries on.

export class ProtocommError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProtocommError";
  }
}
