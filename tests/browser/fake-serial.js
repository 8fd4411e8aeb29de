// Runs in the page before its own script (tests only; a plain script, handed to the browser as text):
// replaces navigator.serial with an object of the Web Serial shape whose one port is bridged to the
// test process through exposed functions: __serialOpen(baud) starts the device, __serialWrite(bytes)
// carries the page's bytes to it, and the test calls window.__serialPush(bytes) with the device's (and
// window.__serialLost() to unplug it).
// `mode` makes the browser's failures instead: "missing" (no Web Serial, as in Firefox and Safari),
// "busy" (another program has the port open). Strict where Chrome is: open() on an open port, or
// close() while a stream is locked, throws as Chrome does.
// eslint-disable-next-line no-unused-vars
function installFakeSerial(mode) {
  if (mode === "missing") {
    delete Navigator.prototype.serial;
    return;
  }
  class FakeSerialPort extends EventTarget {
    #readable = null;
    #writable = null;
    #controller = undefined;

    get readable() { return this.#readable; }
    get writable() { return this.#writable; }
    getInfo() { return { usbVendorId: 0x303a, usbProductId: 0x1001 }; }

    async open(options) {
      if (mode === "busy") throw new DOMException("Failed to open serial port.", "NetworkError");
      if (this.#readable || this.#writable) throw new DOMException("The port is already open.", "InvalidStateError");
      if (!(options?.baudRate > 0)) throw new TypeError("Failed to execute 'open' on 'SerialPort': required member baudRate is undefined.");
      this.#readable = new ReadableStream({
        start: (controller) => { this.#controller = controller; },
        cancel: () => { this.#readable = null; this.#controller = undefined; },
      });
      this.#writable = new WritableStream({
        write: (chunk) => window.__serialWrite(Array.from(chunk)),
      });
      window.__serialPush = (bytes) => this.#controller?.enqueue(new Uint8Array(bytes));
      // Unplugged: Chrome errors the read with NetworkError and the port has no streams any more.
      window.__serialLost = () => {
        const controller = this.#controller;
        this.#readable = null;
        this.#writable = null;
        this.#controller = undefined;
        controller?.error(new DOMException("The device has been lost.", "NetworkError"));
      };
      await window.__serialOpen(options.baudRate);
    }

    async close() {
      if (this.#readable?.locked || this.#writable?.locked)
        throw new DOMException("Failed to execute 'close' on 'SerialPort': Cannot cancel a locked stream", "InvalidStateError");
      await this.#readable?.cancel();
      await this.#writable?.close().catch(() => {});
      this.#readable = null;
      this.#writable = null;
      this.#controller = undefined;
      await window.__serialClose();
    }
  }
  const port = new FakeSerialPort();
  const serial = Object.assign(new EventTarget(), {
    requestPort: async () => port,
    getPorts: async () => [port],
  });
  Object.defineProperty(Navigator.prototype, "serial", { configurable: true, get: () => serial });
}
