// The protocomm core: endpoints registered by name, one transport session at a time, and the security
// scheme wrapped around every endpoint that asks for it (as ESP-IDF's protocomm_add_endpoint).
import type { Logger } from "../log/logger.js";
import type { SecurityScheme, SecuritySession } from "./security-scheme.js";
import { AuthenticationError, ProtocommError } from "./errors.js";
import type { GuessLimit } from "./guess-limit.js";
import { quoteForLog } from "../log/escape.js";
import { isPromise } from "../util/promise.js";

export type EndpointHandler = (request: Uint8Array) => Uint8Array | Promise<Uint8Array>;

interface Endpoint {
  handler: EndpointHandler;
  secured: boolean;
}

const TAG = "protocomm";
export const SESSION_ENDPOINT = "prov-session";

export class Protocomm {
  #security: SecurityScheme;
  #log: Logger;
  #endpoints = new Map<string, Endpoint>();
  #session: SecuritySession | undefined;
  #sessionId: number | undefined;
  #guessLimit: GuessLimit | undefined;

  constructor(security: SecurityScheme, log: Logger, guessLimit?: GuessLimit) {
    this.#security = security;
    this.#log = log;
    this.#guessLimit = guessLimit;
    this.#endpoints.set(SESSION_ENDPOINT, { handler: (request) => this.#handshake(request), secured: false });
  }

  get security(): SecurityScheme {
    return this.#security;
  }

  /** secured: decrypt the request and encrypt the reply with the session's keys. */
  addEndpoint(name: string, handler: EndpointHandler, secured: boolean): void {
    if (this.#endpoints.has(name)) throw new Error(`endpoint ${name} already registered`);
    this.#endpoints.set(name, { handler, secured });
  }

  removeEndpoint(name: string): void {
    this.#endpoints.delete(name);
  }

  endpointNames(): string[] {
    return [...this.#endpoints.keys()];
  }

  get sessionEstablished(): boolean {
    return this.#session?.established ?? false;
  }

  /**
   * Runs one request: the reply at once when the endpoint answers at once (every one but a scan that waits
   * for the radio), else its promise. Throws (or rejects with) a ProtocommError when no reply should be sent.
   */
  handle(name: string, sessionId: number, request: Uint8Array): Uint8Array | Promise<Uint8Array> {
    const endpoint = this.#endpoints.get(name);
    if (!endpoint) throw new ProtocommError(`unknown endpoint ${quoteForLog(name)}`);
    if (sessionId !== this.#sessionId) this.#openSession(sessionId);
    if (!endpoint.secured) return endpoint.handler(request);
    const session = this.#currentSession();
    if (!session.established) throw new ProtocommError(`${name}: session not established`);
    const reply = endpoint.handler(session.decrypt(request));
    return isPromise(reply) ? reply.then((plain) => this.#seal(name, session, plain)) : this.#seal(name, session, reply);
  }

  #seal(name: string, session: SecuritySession, reply: Uint8Array): Uint8Array {
    // The session may have been replaced while an asynchronous handler ran.
    if (session !== this.#session || !session.established) throw new ProtocommError(`${name}: session closed`);
    return session.encrypt(reply);
  }

  /** Ends the current session and forgets its keys. */
  closeSession(): void {
    this.#session?.close();
    this.#session = undefined;
    this.#sessionId = undefined;
  }

  #openSession(sessionId: number): void {
    if (this.#sessionId !== undefined) this.#log.info(TAG, `session ${this.#sessionId} replaced by ${sessionId}`);
    this.closeSession();
    this.#session = this.#security.createSession();
    this.#sessionId = sessionId;
  }

  #handshake(request: Uint8Array): Uint8Array {
    const session = this.#currentSession();
    const limit = this.#guessLimit;
    const wait = limit?.remainingMs() ?? 0;
    if (wait > 0) throw new ProtocommError(`handshake refused: too many failed attempts, locked for ${Math.ceil(wait / 1000)} s more`);
    try {
      const reply = session.handshake(request);
      if (session.established) limit?.recordSuccess();
      return reply;
    } catch (error) {
      if (error instanceof AuthenticationError && limit) {
        const lockout = limit.recordFailure();
        if (lockout) this.#log.warn(TAG, `${limit.failures} failed handshakes: refusing new ones for ${Math.round(lockout / 1000)} s`);
      }
      throw error;
    }
  }

  #currentSession(): SecuritySession {
    if (!this.#session) throw new ProtocommError("no session");
    return this.#session;
  }
}
