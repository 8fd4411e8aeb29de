import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Status enum. */
export enum Status {

    /** Success value */
    Success = 0,

    /** InvalidSecScheme value */
    InvalidSecScheme = 1,

    /** InvalidProto value */
    InvalidProto = 2,

    /** TooManySessions value */
    TooManySessions = 3,

    /** InvalidArgument value */
    InvalidArgument = 4,

    /** InternalError value */
    InternalError = 5,

    /** CryptoError value */
    CryptoError = 6,

    /** InvalidSession value */
    InvalidSession = 7
}

/**
 * Properties of a S0SessionCmd.
 * @deprecated Use S0SessionCmd.$Properties instead.
 */
export interface IS0SessionCmd extends S0SessionCmd.$Properties {
}

/** Represents a S0SessionCmd. */
export class S0SessionCmd {

    /**
     * Constructs a new S0SessionCmd.
     * @param [properties] Properties to set
     */
    constructor(properties?: S0SessionCmd.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Encodes the specified S0SessionCmd message. Does not implicitly {@link S0SessionCmd.verify|verify} messages.
     * @param message S0SessionCmd message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: S0SessionCmd.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a S0SessionCmd message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {S0SessionCmd & S0SessionCmd.$Shape} S0SessionCmd
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): S0SessionCmd & S0SessionCmd.$Shape;
}

export namespace S0SessionCmd {

    /** Properties of a S0SessionCmd. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a S0SessionCmd. */
    type $Shape = S0SessionCmd.$Properties;
}

/**
 * Properties of a S0SessionResp.
 * @deprecated Use S0SessionResp.$Properties instead.
 */
export interface IS0SessionResp extends S0SessionResp.$Properties {
}

/** Represents a S0SessionResp. */
export class S0SessionResp {

    /**
     * Constructs a new S0SessionResp.
     * @param [properties] Properties to set
     */
    constructor(properties?: S0SessionResp.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** S0SessionResp status. */
    status: Status;

    /**
     * Encodes the specified S0SessionResp message. Does not implicitly {@link S0SessionResp.verify|verify} messages.
     * @param message S0SessionResp message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: S0SessionResp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a S0SessionResp message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {S0SessionResp & S0SessionResp.$Shape} S0SessionResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): S0SessionResp & S0SessionResp.$Shape;
}

export namespace S0SessionResp {

    /** Properties of a S0SessionResp. */
    interface $Properties {

        /** S0SessionResp status */
        status?: (Status|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a S0SessionResp. */
    type $Shape = S0SessionResp.$Properties;
}

/** Sec0MsgType enum. */
export enum Sec0MsgType {

    /** S0_Session_Command value */
    S0_Session_Command = 0,

    /** S0_Session_Response value */
    S0_Session_Response = 1
}

/**
 * Properties of a Sec0Payload.
 * @deprecated Use Sec0Payload.$Properties instead.
 */
export interface ISec0Payload extends Sec0Payload.$Properties {
}

/** Represents a Sec0Payload. */
export class Sec0Payload {

    /**
     * Constructs a new Sec0Payload.
     * @param [properties] Properties to set
     */
    constructor(properties?: Sec0Payload.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** Sec0Payload msg. */
    msg: Sec0MsgType;

    /** Sec0Payload sc. */
    sc?: (S0SessionCmd.$Properties|null);

    /** Sec0Payload sr. */
    sr?: (S0SessionResp.$Properties|null);

    /** Sec0Payload payload. */
    payload?: ("sc"|"sr");

    /**
     * Encodes the specified Sec0Payload message. Does not implicitly {@link Sec0Payload.verify|verify} messages.
     * @param message Sec0Payload message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: Sec0Payload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a Sec0Payload message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {Sec0Payload & Sec0Payload.$Shape} Sec0Payload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Sec0Payload & Sec0Payload.$Shape;
}

export namespace Sec0Payload {

    /** Properties of a Sec0Payload. */
    interface $Properties {

        /** Sec0Payload msg */
        msg?: (Sec0MsgType|null);

        /** Sec0Payload sc */
        sc?: (S0SessionCmd.$Properties|null);

        /** Sec0Payload sr */
        sr?: (S0SessionResp.$Properties|null);

        /** Sec0Payload payload */
        payload?: ("sc"|"sr");

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Narrowed shape of a Sec0Payload. */
    type $Shape = {
      msg?: Sec0MsgType|null;
      sc?: S0SessionCmd.$Shape|null;
      sr?: S0SessionResp.$Shape|null;
      $unknowns?: Uint8Array[];
    } & (
      ({ payload?: undefined; sc?: null; sr?: null }|{ payload?: "sc"; sc: S0SessionCmd.$Shape; sr?: null }|{ payload?: "sr"; sc?: null; sr: S0SessionResp.$Shape })
    );
}

/**
 * Properties of a SessionCmd1.
 * @deprecated Use SessionCmd1.$Properties instead.
 */
export interface ISessionCmd1 extends SessionCmd1.$Properties {
}

/** Represents a SessionCmd1. */
export class SessionCmd1 {

    /**
     * Constructs a new SessionCmd1.
     * @param [properties] Properties to set
     */
    constructor(properties?: SessionCmd1.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** SessionCmd1 clientVerifyData. */
    clientVerifyData: Uint8Array;

    /**
     * Encodes the specified SessionCmd1 message. Does not implicitly {@link SessionCmd1.verify|verify} messages.
     * @param message SessionCmd1 message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: SessionCmd1.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a SessionCmd1 message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {SessionCmd1 & SessionCmd1.$Shape} SessionCmd1
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SessionCmd1 & SessionCmd1.$Shape;
}

export namespace SessionCmd1 {

    /** Properties of a SessionCmd1. */
    interface $Properties {

        /** SessionCmd1 clientVerifyData */
        clientVerifyData?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a SessionCmd1. */
    type $Shape = SessionCmd1.$Properties;
}

/**
 * Properties of a SessionResp1.
 * @deprecated Use SessionResp1.$Properties instead.
 */
export interface ISessionResp1 extends SessionResp1.$Properties {
}

/** Represents a SessionResp1. */
export class SessionResp1 {

    /**
     * Constructs a new SessionResp1.
     * @param [properties] Properties to set
     */
    constructor(properties?: SessionResp1.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** SessionResp1 status. */
    status: Status;

    /** SessionResp1 deviceVerifyData. */
    deviceVerifyData: Uint8Array;

    /**
     * Encodes the specified SessionResp1 message. Does not implicitly {@link SessionResp1.verify|verify} messages.
     * @param message SessionResp1 message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: SessionResp1.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a SessionResp1 message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {SessionResp1 & SessionResp1.$Shape} SessionResp1
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SessionResp1 & SessionResp1.$Shape;
}

export namespace SessionResp1 {

    /** Properties of a SessionResp1. */
    interface $Properties {

        /** SessionResp1 status */
        status?: (Status|null);

        /** SessionResp1 deviceVerifyData */
        deviceVerifyData?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a SessionResp1. */
    type $Shape = SessionResp1.$Properties;
}

/**
 * Properties of a SessionCmd0.
 * @deprecated Use SessionCmd0.$Properties instead.
 */
export interface ISessionCmd0 extends SessionCmd0.$Properties {
}

/** Represents a SessionCmd0. */
export class SessionCmd0 {

    /**
     * Constructs a new SessionCmd0.
     * @param [properties] Properties to set
     */
    constructor(properties?: SessionCmd0.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** SessionCmd0 clientPubkey. */
    clientPubkey: Uint8Array;

    /**
     * Encodes the specified SessionCmd0 message. Does not implicitly {@link SessionCmd0.verify|verify} messages.
     * @param message SessionCmd0 message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: SessionCmd0.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a SessionCmd0 message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {SessionCmd0 & SessionCmd0.$Shape} SessionCmd0
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SessionCmd0 & SessionCmd0.$Shape;
}

export namespace SessionCmd0 {

    /** Properties of a SessionCmd0. */
    interface $Properties {

        /** SessionCmd0 clientPubkey */
        clientPubkey?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a SessionCmd0. */
    type $Shape = SessionCmd0.$Properties;
}

/**
 * Properties of a SessionResp0.
 * @deprecated Use SessionResp0.$Properties instead.
 */
export interface ISessionResp0 extends SessionResp0.$Properties {
}

/** Represents a SessionResp0. */
export class SessionResp0 {

    /**
     * Constructs a new SessionResp0.
     * @param [properties] Properties to set
     */
    constructor(properties?: SessionResp0.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** SessionResp0 status. */
    status: Status;

    /** SessionResp0 devicePubkey. */
    devicePubkey: Uint8Array;

    /** SessionResp0 deviceRandom. */
    deviceRandom: Uint8Array;

    /**
     * Encodes the specified SessionResp0 message. Does not implicitly {@link SessionResp0.verify|verify} messages.
     * @param message SessionResp0 message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: SessionResp0.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a SessionResp0 message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {SessionResp0 & SessionResp0.$Shape} SessionResp0
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SessionResp0 & SessionResp0.$Shape;
}

export namespace SessionResp0 {

    /** Properties of a SessionResp0. */
    interface $Properties {

        /** SessionResp0 status */
        status?: (Status|null);

        /** SessionResp0 devicePubkey */
        devicePubkey?: (Uint8Array|null);

        /** SessionResp0 deviceRandom */
        deviceRandom?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a SessionResp0. */
    type $Shape = SessionResp0.$Properties;
}

/** Sec1MsgType enum. */
export enum Sec1MsgType {

    /** Session_Command0 value */
    Session_Command0 = 0,

    /** Session_Response0 value */
    Session_Response0 = 1,

    /** Session_Command1 value */
    Session_Command1 = 2,

    /** Session_Response1 value */
    Session_Response1 = 3
}

/**
 * Properties of a Sec1Payload.
 * @deprecated Use Sec1Payload.$Properties instead.
 */
export interface ISec1Payload extends Sec1Payload.$Properties {
}

/** Represents a Sec1Payload. */
export class Sec1Payload {

    /**
     * Constructs a new Sec1Payload.
     * @param [properties] Properties to set
     */
    constructor(properties?: Sec1Payload.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** Sec1Payload msg. */
    msg: Sec1MsgType;

    /** Sec1Payload sc0. */
    sc0?: (SessionCmd0.$Properties|null);

    /** Sec1Payload sr0. */
    sr0?: (SessionResp0.$Properties|null);

    /** Sec1Payload sc1. */
    sc1?: (SessionCmd1.$Properties|null);

    /** Sec1Payload sr1. */
    sr1?: (SessionResp1.$Properties|null);

    /** Sec1Payload payload. */
    payload?: ("sc0"|"sr0"|"sc1"|"sr1");

    /**
     * Encodes the specified Sec1Payload message. Does not implicitly {@link Sec1Payload.verify|verify} messages.
     * @param message Sec1Payload message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: Sec1Payload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a Sec1Payload message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {Sec1Payload & Sec1Payload.$Shape} Sec1Payload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Sec1Payload & Sec1Payload.$Shape;
}

export namespace Sec1Payload {

    /** Properties of a Sec1Payload. */
    interface $Properties {

        /** Sec1Payload msg */
        msg?: (Sec1MsgType|null);

        /** Sec1Payload sc0 */
        sc0?: (SessionCmd0.$Properties|null);

        /** Sec1Payload sr0 */
        sr0?: (SessionResp0.$Properties|null);

        /** Sec1Payload sc1 */
        sc1?: (SessionCmd1.$Properties|null);

        /** Sec1Payload sr1 */
        sr1?: (SessionResp1.$Properties|null);

        /** Sec1Payload payload */
        payload?: ("sc0"|"sr0"|"sc1"|"sr1");

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Narrowed shape of a Sec1Payload. */
    type $Shape = {
      msg?: Sec1MsgType|null;
      sc0?: SessionCmd0.$Shape|null;
      sr0?: SessionResp0.$Shape|null;
      sc1?: SessionCmd1.$Shape|null;
      sr1?: SessionResp1.$Shape|null;
      $unknowns?: Uint8Array[];
    } & (
      ({ payload?: undefined; sc0?: null; sr0?: null; sc1?: null; sr1?: null }|{ payload?: "sc0"; sc0: SessionCmd0.$Shape; sr0?: null; sc1?: null; sr1?: null }|{ payload?: "sr0"; sc0?: null; sr0: SessionResp0.$Shape; sc1?: null; sr1?: null }|{ payload?: "sc1"; sc0?: null; sr0?: null; sc1: SessionCmd1.$Shape; sr1?: null }|{ payload?: "sr1"; sc0?: null; sr0?: null; sc1?: null; sr1: SessionResp1.$Shape })
    );
}

/**
 * Properties of a S2SessionCmd0.
 * @deprecated Use S2SessionCmd0.$Properties instead.
 */
export interface IS2SessionCmd0 extends S2SessionCmd0.$Properties {
}

/** Represents a S2SessionCmd0. */
export class S2SessionCmd0 {

    /**
     * Constructs a new S2SessionCmd0.
     * @param [properties] Properties to set
     */
    constructor(properties?: S2SessionCmd0.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** S2SessionCmd0 clientUsername. */
    clientUsername: Uint8Array;

    /** S2SessionCmd0 clientPubkey. */
    clientPubkey: Uint8Array;

    /**
     * Encodes the specified S2SessionCmd0 message. Does not implicitly {@link S2SessionCmd0.verify|verify} messages.
     * @param message S2SessionCmd0 message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: S2SessionCmd0.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a S2SessionCmd0 message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {S2SessionCmd0 & S2SessionCmd0.$Shape} S2SessionCmd0
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): S2SessionCmd0 & S2SessionCmd0.$Shape;
}

export namespace S2SessionCmd0 {

    /** Properties of a S2SessionCmd0. */
    interface $Properties {

        /** S2SessionCmd0 clientUsername */
        clientUsername?: (Uint8Array|null);

        /** S2SessionCmd0 clientPubkey */
        clientPubkey?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a S2SessionCmd0. */
    type $Shape = S2SessionCmd0.$Properties;
}

/**
 * Properties of a S2SessionResp0.
 * @deprecated Use S2SessionResp0.$Properties instead.
 */
export interface IS2SessionResp0 extends S2SessionResp0.$Properties {
}

/** Represents a S2SessionResp0. */
export class S2SessionResp0 {

    /**
     * Constructs a new S2SessionResp0.
     * @param [properties] Properties to set
     */
    constructor(properties?: S2SessionResp0.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** S2SessionResp0 status. */
    status: Status;

    /** S2SessionResp0 devicePubkey. */
    devicePubkey: Uint8Array;

    /** S2SessionResp0 deviceSalt. */
    deviceSalt: Uint8Array;

    /**
     * Encodes the specified S2SessionResp0 message. Does not implicitly {@link S2SessionResp0.verify|verify} messages.
     * @param message S2SessionResp0 message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: S2SessionResp0.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a S2SessionResp0 message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {S2SessionResp0 & S2SessionResp0.$Shape} S2SessionResp0
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): S2SessionResp0 & S2SessionResp0.$Shape;
}

export namespace S2SessionResp0 {

    /** Properties of a S2SessionResp0. */
    interface $Properties {

        /** S2SessionResp0 status */
        status?: (Status|null);

        /** S2SessionResp0 devicePubkey */
        devicePubkey?: (Uint8Array|null);

        /** S2SessionResp0 deviceSalt */
        deviceSalt?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a S2SessionResp0. */
    type $Shape = S2SessionResp0.$Properties;
}

/**
 * Properties of a S2SessionCmd1.
 * @deprecated Use S2SessionCmd1.$Properties instead.
 */
export interface IS2SessionCmd1 extends S2SessionCmd1.$Properties {
}

/** Represents a S2SessionCmd1. */
export class S2SessionCmd1 {

    /**
     * Constructs a new S2SessionCmd1.
     * @param [properties] Properties to set
     */
    constructor(properties?: S2SessionCmd1.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** S2SessionCmd1 clientProof. */
    clientProof: Uint8Array;

    /**
     * Encodes the specified S2SessionCmd1 message. Does not implicitly {@link S2SessionCmd1.verify|verify} messages.
     * @param message S2SessionCmd1 message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: S2SessionCmd1.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a S2SessionCmd1 message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {S2SessionCmd1 & S2SessionCmd1.$Shape} S2SessionCmd1
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): S2SessionCmd1 & S2SessionCmd1.$Shape;
}

export namespace S2SessionCmd1 {

    /** Properties of a S2SessionCmd1. */
    interface $Properties {

        /** S2SessionCmd1 clientProof */
        clientProof?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a S2SessionCmd1. */
    type $Shape = S2SessionCmd1.$Properties;
}

/**
 * Properties of a S2SessionResp1.
 * @deprecated Use S2SessionResp1.$Properties instead.
 */
export interface IS2SessionResp1 extends S2SessionResp1.$Properties {
}

/** Represents a S2SessionResp1. */
export class S2SessionResp1 {

    /**
     * Constructs a new S2SessionResp1.
     * @param [properties] Properties to set
     */
    constructor(properties?: S2SessionResp1.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** S2SessionResp1 status. */
    status: Status;

    /** S2SessionResp1 deviceProof. */
    deviceProof: Uint8Array;

    /** S2SessionResp1 deviceNonce. */
    deviceNonce: Uint8Array;

    /**
     * Encodes the specified S2SessionResp1 message. Does not implicitly {@link S2SessionResp1.verify|verify} messages.
     * @param message S2SessionResp1 message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: S2SessionResp1.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a S2SessionResp1 message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {S2SessionResp1 & S2SessionResp1.$Shape} S2SessionResp1
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): S2SessionResp1 & S2SessionResp1.$Shape;
}

export namespace S2SessionResp1 {

    /** Properties of a S2SessionResp1. */
    interface $Properties {

        /** S2SessionResp1 status */
        status?: (Status|null);

        /** S2SessionResp1 deviceProof */
        deviceProof?: (Uint8Array|null);

        /** S2SessionResp1 deviceNonce */
        deviceNonce?: (Uint8Array|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a S2SessionResp1. */
    type $Shape = S2SessionResp1.$Properties;
}

/** Sec2MsgType enum. */
export enum Sec2MsgType {

    /** S2Session_Command0 value */
    S2Session_Command0 = 0,

    /** S2Session_Response0 value */
    S2Session_Response0 = 1,

    /** S2Session_Command1 value */
    S2Session_Command1 = 2,

    /** S2Session_Response1 value */
    S2Session_Response1 = 3
}

/**
 * Properties of a Sec2Payload.
 * @deprecated Use Sec2Payload.$Properties instead.
 */
export interface ISec2Payload extends Sec2Payload.$Properties {
}

/** Represents a Sec2Payload. */
export class Sec2Payload {

    /**
     * Constructs a new Sec2Payload.
     * @param [properties] Properties to set
     */
    constructor(properties?: Sec2Payload.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** Sec2Payload msg. */
    msg: Sec2MsgType;

    /** Sec2Payload sc0. */
    sc0?: (S2SessionCmd0.$Properties|null);

    /** Sec2Payload sr0. */
    sr0?: (S2SessionResp0.$Properties|null);

    /** Sec2Payload sc1. */
    sc1?: (S2SessionCmd1.$Properties|null);

    /** Sec2Payload sr1. */
    sr1?: (S2SessionResp1.$Properties|null);

    /** Sec2Payload payload. */
    payload?: ("sc0"|"sr0"|"sc1"|"sr1");

    /**
     * Encodes the specified Sec2Payload message. Does not implicitly {@link Sec2Payload.verify|verify} messages.
     * @param message Sec2Payload message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: Sec2Payload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a Sec2Payload message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {Sec2Payload & Sec2Payload.$Shape} Sec2Payload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): Sec2Payload & Sec2Payload.$Shape;
}

export namespace Sec2Payload {

    /** Properties of a Sec2Payload. */
    interface $Properties {

        /** Sec2Payload msg */
        msg?: (Sec2MsgType|null);

        /** Sec2Payload sc0 */
        sc0?: (S2SessionCmd0.$Properties|null);

        /** Sec2Payload sr0 */
        sr0?: (S2SessionResp0.$Properties|null);

        /** Sec2Payload sc1 */
        sc1?: (S2SessionCmd1.$Properties|null);

        /** Sec2Payload sr1 */
        sr1?: (S2SessionResp1.$Properties|null);

        /** Sec2Payload payload */
        payload?: ("sc0"|"sr0"|"sc1"|"sr1");

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Narrowed shape of a Sec2Payload. */
    type $Shape = {
      msg?: Sec2MsgType|null;
      sc0?: S2SessionCmd0.$Shape|null;
      sr0?: S2SessionResp0.$Shape|null;
      sc1?: S2SessionCmd1.$Shape|null;
      sr1?: S2SessionResp1.$Shape|null;
      $unknowns?: Uint8Array[];
    } & (
      ({ payload?: undefined; sc0?: null; sr0?: null; sc1?: null; sr1?: null }|{ payload?: "sc0"; sc0: S2SessionCmd0.$Shape; sr0?: null; sc1?: null; sr1?: null }|{ payload?: "sr0"; sc0?: null; sr0: S2SessionResp0.$Shape; sc1?: null; sr1?: null }|{ payload?: "sc1"; sc0?: null; sr0?: null; sc1: S2SessionCmd1.$Shape; sr1?: null }|{ payload?: "sr1"; sc0?: null; sr0?: null; sc1?: null; sr1: S2SessionResp1.$Shape })
    );
}

/** SecSchemeVersion enum. */
export enum SecSchemeVersion {

    /** SecScheme0 value */
    SecScheme0 = 0,

    /** SecScheme1 value */
    SecScheme1 = 1,

    /** SecScheme2 value */
    SecScheme2 = 2
}

/**
 * Properties of a SessionData.
 * @deprecated Use SessionData.$Properties instead.
 */
export interface ISessionData extends SessionData.$Properties {
}

/** Represents a SessionData. */
export class SessionData {

    /**
     * Constructs a new SessionData.
     * @param [properties] Properties to set
     */
    constructor(properties?: SessionData.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** SessionData secVer. */
    secVer: SecSchemeVersion;

    /** SessionData sec0. */
    sec0?: (Sec0Payload.$Properties|null);

    /** SessionData sec1. */
    sec1?: (Sec1Payload.$Properties|null);

    /** SessionData sec2. */
    sec2?: (Sec2Payload.$Properties|null);

    /** SessionData proto. */
    proto?: ("sec0"|"sec1"|"sec2");

    /**
     * Encodes the specified SessionData message. Does not implicitly {@link SessionData.verify|verify} messages.
     * @param message SessionData message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: SessionData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a SessionData message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {SessionData & SessionData.$Shape} SessionData
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): SessionData & SessionData.$Shape;
}

export namespace SessionData {

    /** Properties of a SessionData. */
    interface $Properties {

        /** SessionData secVer */
        secVer?: (SecSchemeVersion|null);

        /** SessionData sec0 */
        sec0?: (Sec0Payload.$Properties|null);

        /** SessionData sec1 */
        sec1?: (Sec1Payload.$Properties|null);

        /** SessionData sec2 */
        sec2?: (Sec2Payload.$Properties|null);

        /** SessionData proto */
        proto?: ("sec0"|"sec1"|"sec2");

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Narrowed shape of a SessionData. */
    type $Shape = {
      secVer?: SecSchemeVersion|null;
      sec0?: Sec0Payload.$Shape|null;
      sec1?: Sec1Payload.$Shape|null;
      sec2?: Sec2Payload.$Shape|null;
      $unknowns?: Uint8Array[];
    } & (
      ({ proto?: undefined; sec0?: null; sec1?: null; sec2?: null }|{ proto?: "sec0"; sec0: Sec0Payload.$Shape; sec1?: null; sec2?: null }|{ proto?: "sec1"; sec0?: null; sec1: Sec1Payload.$Shape; sec2?: null }|{ proto?: "sec2"; sec0?: null; sec1?: null; sec2: Sec2Payload.$Shape })
    );
}

/**
 * Properties of a CmdGetStatus.
 * @deprecated Use CmdGetStatus.$Properties instead.
 */
export interface ICmdGetStatus extends CmdGetStatus.$Properties {
}

/** Represents a CmdGetStatus. */
export class CmdGetStatus {

    /**
     * Constructs a new CmdGetStatus.
     * @param [properties] Properties to set
     */
    constructor(properties?: CmdGetStatus.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Encodes the specified CmdGetStatus message. Does not implicitly {@link CmdGetStatus.verify|verify} messages.
     * @param message CmdGetStatus message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: CmdGetStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a CmdGetStatus message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {CmdGetStatus & CmdGetStatus.$Shape} CmdGetStatus
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CmdGetStatus & CmdGetStatus.$Shape;
}

export namespace CmdGetStatus {

    /** Properties of a CmdGetStatus. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a CmdGetStatus. */
    type $Shape = CmdGetStatus.$Properties;
}

/**
 * Properties of a RespGetStatus.
 * @deprecated Use RespGetStatus.$Properties instead.
 */
export interface IRespGetStatus extends RespGetStatus.$Properties {
}

/** Represents a RespGetStatus. */
export class RespGetStatus {

    /**
     * Constructs a new RespGetStatus.
     * @param [properties] Properties to set
     */
    constructor(properties?: RespGetStatus.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RespGetStatus status. */
    status: Status;

    /** RespGetStatus staState. */
    staState: WifiStationState;

    /** RespGetStatus failReason. */
    failReason?: (WifiConnectFailedReason|null);

    /** RespGetStatus connected. */
    connected?: (WifiConnectedState.$Properties|null);

    /** RespGetStatus attemptFailed. */
    attemptFailed?: (WifiAttemptFailed.$Properties|null);

    /** RespGetStatus state. */
    state?: ("failReason"|"connected"|"attemptFailed");

    /**
     * Encodes the specified RespGetStatus message. Does not implicitly {@link RespGetStatus.verify|verify} messages.
     * @param message RespGetStatus message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RespGetStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RespGetStatus message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RespGetStatus & RespGetStatus.$Shape} RespGetStatus
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RespGetStatus & RespGetStatus.$Shape;
}

export namespace RespGetStatus {

    /** Properties of a RespGetStatus. */
    interface $Properties {

        /** RespGetStatus status */
        status?: (Status|null);

        /** RespGetStatus staState */
        staState?: (WifiStationState|null);

        /** RespGetStatus failReason */
        failReason?: (WifiConnectFailedReason|null);

        /** RespGetStatus connected */
        connected?: (WifiConnectedState.$Properties|null);

        /** RespGetStatus attemptFailed */
        attemptFailed?: (WifiAttemptFailed.$Properties|null);

        /** RespGetStatus state */
        state?: ("failReason"|"connected"|"attemptFailed");

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Narrowed shape of a RespGetStatus. */
    type $Shape = {
      status?: Status|null;
      staState?: WifiStationState|null;
      failReason?: WifiConnectFailedReason|null;
      connected?: WifiConnectedState.$Shape|null;
      attemptFailed?: WifiAttemptFailed.$Shape|null;
      $unknowns?: Uint8Array[];
    } & (
      ({ state?: undefined; failReason?: null; connected?: null; attemptFailed?: null }|{ state?: "failReason"; failReason: WifiConnectFailedReason; connected?: null; attemptFailed?: null }|{ state?: "connected"; failReason?: null; connected: WifiConnectedState.$Shape; attemptFailed?: null }|{ state?: "attemptFailed"; failReason?: null; connected?: null; attemptFailed: WifiAttemptFailed.$Shape })
    );
}

/**
 * Properties of a CmdSetConfig.
 * @deprecated Use CmdSetConfig.$Properties instead.
 */
export interface ICmdSetConfig extends CmdSetConfig.$Properties {
}

/** Represents a CmdSetConfig. */
export class CmdSetConfig {

    /**
     * Constructs a new CmdSetConfig.
     * @param [properties] Properties to set
     */
    constructor(properties?: CmdSetConfig.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** CmdSetConfig ssid. */
    ssid: Uint8Array;

    /** CmdSetConfig passphrase. */
    passphrase: Uint8Array;

    /** CmdSetConfig bssid. */
    bssid: Uint8Array;

    /** CmdSetConfig channel. */
    channel: number;

    /**
     * Encodes the specified CmdSetConfig message. Does not implicitly {@link CmdSetConfig.verify|verify} messages.
     * @param message CmdSetConfig message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: CmdSetConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a CmdSetConfig message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {CmdSetConfig & CmdSetConfig.$Shape} CmdSetConfig
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CmdSetConfig & CmdSetConfig.$Shape;
}

export namespace CmdSetConfig {

    /** Properties of a CmdSetConfig. */
    interface $Properties {

        /** CmdSetConfig ssid */
        ssid?: (Uint8Array|null);

        /** CmdSetConfig passphrase */
        passphrase?: (Uint8Array|null);

        /** CmdSetConfig bssid */
        bssid?: (Uint8Array|null);

        /** CmdSetConfig channel */
        channel?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a CmdSetConfig. */
    type $Shape = CmdSetConfig.$Properties;
}

/**
 * Properties of a RespSetConfig.
 * @deprecated Use RespSetConfig.$Properties instead.
 */
export interface IRespSetConfig extends RespSetConfig.$Properties {
}

/** Represents a RespSetConfig. */
export class RespSetConfig {

    /**
     * Constructs a new RespSetConfig.
     * @param [properties] Properties to set
     */
    constructor(properties?: RespSetConfig.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RespSetConfig status. */
    status: Status;

    /**
     * Encodes the specified RespSetConfig message. Does not implicitly {@link RespSetConfig.verify|verify} messages.
     * @param message RespSetConfig message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RespSetConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RespSetConfig message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RespSetConfig & RespSetConfig.$Shape} RespSetConfig
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RespSetConfig & RespSetConfig.$Shape;
}

export namespace RespSetConfig {

    /** Properties of a RespSetConfig. */
    interface $Properties {

        /** RespSetConfig status */
        status?: (Status|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RespSetConfig. */
    type $Shape = RespSetConfig.$Properties;
}

/**
 * Properties of a CmdApplyConfig.
 * @deprecated Use CmdApplyConfig.$Properties instead.
 */
export interface ICmdApplyConfig extends CmdApplyConfig.$Properties {
}

/** Represents a CmdApplyConfig. */
export class CmdApplyConfig {

    /**
     * Constructs a new CmdApplyConfig.
     * @param [properties] Properties to set
     */
    constructor(properties?: CmdApplyConfig.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Encodes the specified CmdApplyConfig message. Does not implicitly {@link CmdApplyConfig.verify|verify} messages.
     * @param message CmdApplyConfig message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: CmdApplyConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a CmdApplyConfig message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {CmdApplyConfig & CmdApplyConfig.$Shape} CmdApplyConfig
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CmdApplyConfig & CmdApplyConfig.$Shape;
}

export namespace CmdApplyConfig {

    /** Properties of a CmdApplyConfig. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a CmdApplyConfig. */
    type $Shape = CmdApplyConfig.$Properties;
}

/**
 * Properties of a RespApplyConfig.
 * @deprecated Use RespApplyConfig.$Properties instead.
 */
export interface IRespApplyConfig extends RespApplyConfig.$Properties {
}

/** Represents a RespApplyConfig. */
export class RespApplyConfig {

    /**
     * Constructs a new RespApplyConfig.
     * @param [properties] Properties to set
     */
    constructor(properties?: RespApplyConfig.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RespApplyConfig status. */
    status: Status;

    /**
     * Encodes the specified RespApplyConfig message. Does not implicitly {@link RespApplyConfig.verify|verify} messages.
     * @param message RespApplyConfig message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RespApplyConfig.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RespApplyConfig message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RespApplyConfig & RespApplyConfig.$Shape} RespApplyConfig
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RespApplyConfig & RespApplyConfig.$Shape;
}

export namespace RespApplyConfig {

    /** Properties of a RespApplyConfig. */
    interface $Properties {

        /** RespApplyConfig status */
        status?: (Status|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RespApplyConfig. */
    type $Shape = RespApplyConfig.$Properties;
}

/** WiFiConfigMsgType enum. */
export enum WiFiConfigMsgType {

    /** TypeCmdGetStatus value */
    TypeCmdGetStatus = 0,

    /** TypeRespGetStatus value */
    TypeRespGetStatus = 1,

    /** TypeCmdSetConfig value */
    TypeCmdSetConfig = 2,

    /** TypeRespSetConfig value */
    TypeRespSetConfig = 3,

    /** TypeCmdApplyConfig value */
    TypeCmdApplyConfig = 4,

    /** TypeRespApplyConfig value */
    TypeRespApplyConfig = 5
}

/**
 * Properties of a WiFiConfigPayload.
 * @deprecated Use WiFiConfigPayload.$Properties instead.
 */
export interface IWiFiConfigPayload extends WiFiConfigPayload.$Properties {
}

/** Represents a WiFiConfigPayload. */
export class WiFiConfigPayload {

    /**
     * Constructs a new WiFiConfigPayload.
     * @param [properties] Properties to set
     */
    constructor(properties?: WiFiConfigPayload.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** WiFiConfigPayload msg. */
    msg: WiFiConfigMsgType;

    /** WiFiConfigPayload cmdGetStatus. */
    cmdGetStatus?: (CmdGetStatus.$Properties|null);

    /** WiFiConfigPayload respGetStatus. */
    respGetStatus?: (RespGetStatus.$Properties|null);

    /** WiFiConfigPayload cmdSetConfig. */
    cmdSetConfig?: (CmdSetConfig.$Properties|null);

    /** WiFiConfigPayload respSetConfig. */
    respSetConfig?: (RespSetConfig.$Properties|null);

    /** WiFiConfigPayload cmdApplyConfig. */
    cmdApplyConfig?: (CmdApplyConfig.$Properties|null);

    /** WiFiConfigPayload respApplyConfig. */
    respApplyConfig?: (RespApplyConfig.$Properties|null);

    /** WiFiConfigPayload payload. */
    payload?: ("cmdGetStatus"|"respGetStatus"|"cmdSetConfig"|"respSetConfig"|"cmdApplyConfig"|"respApplyConfig");

    /**
     * Encodes the specified WiFiConfigPayload message. Does not implicitly {@link WiFiConfigPayload.verify|verify} messages.
     * @param message WiFiConfigPayload message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: WiFiConfigPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a WiFiConfigPayload message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {WiFiConfigPayload & WiFiConfigPayload.$Shape} WiFiConfigPayload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WiFiConfigPayload & WiFiConfigPayload.$Shape;
}

export namespace WiFiConfigPayload {

    /** Properties of a WiFiConfigPayload. */
    interface $Properties {

        /** WiFiConfigPayload msg */
        msg?: (WiFiConfigMsgType|null);

        /** WiFiConfigPayload cmdGetStatus */
        cmdGetStatus?: (CmdGetStatus.$Properties|null);

        /** WiFiConfigPayload respGetStatus */
        respGetStatus?: (RespGetStatus.$Properties|null);

        /** WiFiConfigPayload cmdSetConfig */
        cmdSetConfig?: (CmdSetConfig.$Properties|null);

        /** WiFiConfigPayload respSetConfig */
        respSetConfig?: (RespSetConfig.$Properties|null);

        /** WiFiConfigPayload cmdApplyConfig */
        cmdApplyConfig?: (CmdApplyConfig.$Properties|null);

        /** WiFiConfigPayload respApplyConfig */
        respApplyConfig?: (RespApplyConfig.$Properties|null);

        /** WiFiConfigPayload payload */
        payload?: ("cmdGetStatus"|"respGetStatus"|"cmdSetConfig"|"respSetConfig"|"cmdApplyConfig"|"respApplyConfig");

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Narrowed shape of a WiFiConfigPayload. */
    type $Shape = {
      msg?: WiFiConfigMsgType|null;
      cmdGetStatus?: CmdGetStatus.$Shape|null;
      respGetStatus?: RespGetStatus.$Shape|null;
      cmdSetConfig?: CmdSetConfig.$Shape|null;
      respSetConfig?: RespSetConfig.$Shape|null;
      cmdApplyConfig?: CmdApplyConfig.$Shape|null;
      respApplyConfig?: RespApplyConfig.$Shape|null;
      $unknowns?: Uint8Array[];
    } & (
      ({ payload?: undefined; cmdGetStatus?: null; respGetStatus?: null; cmdSetConfig?: null; respSetConfig?: null; cmdApplyConfig?: null; respApplyConfig?: null }|{ payload?: "cmdGetStatus"; cmdGetStatus: CmdGetStatus.$Shape; respGetStatus?: null; cmdSetConfig?: null; respSetConfig?: null; cmdApplyConfig?: null; respApplyConfig?: null }|{ payload?: "respGetStatus"; cmdGetStatus?: null; respGetStatus: RespGetStatus.$Shape; cmdSetConfig?: null; respSetConfig?: null; cmdApplyConfig?: null; respApplyConfig?: null }|{ payload?: "cmdSetConfig"; cmdGetStatus?: null; respGetStatus?: null; cmdSetConfig: CmdSetConfig.$Shape; respSetConfig?: null; cmdApplyConfig?: null; respApplyConfig?: null }|{ payload?: "respSetConfig"; cmdGetStatus?: null; respGetStatus?: null; cmdSetConfig?: null; respSetConfig: RespSetConfig.$Shape; cmdApplyConfig?: null; respApplyConfig?: null }|{ payload?: "cmdApplyConfig"; cmdGetStatus?: null; respGetStatus?: null; cmdSetConfig?: null; respSetConfig?: null; cmdApplyConfig: CmdApplyConfig.$Shape; respApplyConfig?: null }|{ payload?: "respApplyConfig"; cmdGetStatus?: null; respGetStatus?: null; cmdSetConfig?: null; respSetConfig?: null; cmdApplyConfig?: null; respApplyConfig: RespApplyConfig.$Shape })
    );
}

/** WifiStationState enum. */
export enum WifiStationState {

    /** Connected value */
    Connected = 0,

    /** Connecting value */
    Connecting = 1,

    /** Disconnected value */
    Disconnected = 2,

    /** ConnectionFailed value */
    ConnectionFailed = 3
}

/** WifiConnectFailedReason enum. */
export enum WifiConnectFailedReason {

    /** AuthError value */
    AuthError = 0,

    /** NetworkNotFound value */
    NetworkNotFound = 1
}

/** WifiAuthMode enum. */
export enum WifiAuthMode {

    /** Open value */
    Open = 0,

    /** WEP value */
    WEP = 1,

    /** WPA_PSK value */
    WPA_PSK = 2,

    /** WPA2_PSK value */
    WPA2_PSK = 3,

    /** WPA_WPA2_PSK value */
    WPA_WPA2_PSK = 4,

    /** WPA2_ENTERPRISE value */
    WPA2_ENTERPRISE = 5,

    /** WPA3_PSK value */
    WPA3_PSK = 6,

    /** WPA2_WPA3_PSK value */
    WPA2_WPA3_PSK = 7
}

/**
 * Properties of a WifiConnectedState.
 * @deprecated Use WifiConnectedState.$Properties instead.
 */
export interface IWifiConnectedState extends WifiConnectedState.$Properties {
}

/** Represents a WifiConnectedState. */
export class WifiConnectedState {

    /**
     * Constructs a new WifiConnectedState.
     * @param [properties] Properties to set
     */
    constructor(properties?: WifiConnectedState.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** WifiConnectedState ip4Addr. */
    ip4Addr: string;

    /** WifiConnectedState authMode. */
    authMode: WifiAuthMode;

    /** WifiConnectedState ssid. */
    ssid: Uint8Array;

    /** WifiConnectedState bssid. */
    bssid: Uint8Array;

    /** WifiConnectedState channel. */
    channel: number;

    /**
     * Encodes the specified WifiConnectedState message. Does not implicitly {@link WifiConnectedState.verify|verify} messages.
     * @param message WifiConnectedState message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: WifiConnectedState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a WifiConnectedState message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {WifiConnectedState & WifiConnectedState.$Shape} WifiConnectedState
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WifiConnectedState & WifiConnectedState.$Shape;
}

export namespace WifiConnectedState {

    /** Properties of a WifiConnectedState. */
    interface $Properties {

        /** WifiConnectedState ip4Addr */
        ip4Addr?: (string|null);

        /** WifiConnectedState authMode */
        authMode?: (WifiAuthMode|null);

        /** WifiConnectedState ssid */
        ssid?: (Uint8Array|null);

        /** WifiConnectedState bssid */
        bssid?: (Uint8Array|null);

        /** WifiConnectedState channel */
        channel?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a WifiConnectedState. */
    type $Shape = WifiConnectedState.$Properties;
}

/**
 * Properties of a WifiAttemptFailed.
 * @deprecated Use WifiAttemptFailed.$Properties instead.
 */
export interface IWifiAttemptFailed extends WifiAttemptFailed.$Properties {
}

/** Represents a WifiAttemptFailed. */
export class WifiAttemptFailed {

    /**
     * Constructs a new WifiAttemptFailed.
     * @param [properties] Properties to set
     */
    constructor(properties?: WifiAttemptFailed.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** WifiAttemptFailed attemptsRemaining. */
    attemptsRemaining: number;

    /**
     * Encodes the specified WifiAttemptFailed message. Does not implicitly {@link WifiAttemptFailed.verify|verify} messages.
     * @param message WifiAttemptFailed message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: WifiAttemptFailed.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a WifiAttemptFailed message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {WifiAttemptFailed & WifiAttemptFailed.$Shape} WifiAttemptFailed
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WifiAttemptFailed & WifiAttemptFailed.$Shape;
}

export namespace WifiAttemptFailed {

    /** Properties of a WifiAttemptFailed. */
    interface $Properties {

        /** WifiAttemptFailed attemptsRemaining */
        attemptsRemaining?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a WifiAttemptFailed. */
    type $Shape = WifiAttemptFailed.$Properties;
}

/**
 * Properties of a CmdCtrlReset.
 * @deprecated Use CmdCtrlReset.$Properties instead.
 */
export interface ICmdCtrlReset extends CmdCtrlReset.$Properties {
}

/** Represents a CmdCtrlReset. */
export class CmdCtrlReset {

    /**
     * Constructs a new CmdCtrlReset.
     * @param [properties] Properties to set
     */
    constructor(properties?: CmdCtrlReset.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Encodes the specified CmdCtrlReset message. Does not implicitly {@link CmdCtrlReset.verify|verify} messages.
     * @param message CmdCtrlReset message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: CmdCtrlReset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a CmdCtrlReset message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {CmdCtrlReset & CmdCtrlReset.$Shape} CmdCtrlReset
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CmdCtrlReset & CmdCtrlReset.$Shape;
}

export namespace CmdCtrlReset {

    /** Properties of a CmdCtrlReset. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a CmdCtrlReset. */
    type $Shape = CmdCtrlReset.$Properties;
}

/**
 * Properties of a RespCtrlReset.
 * @deprecated Use RespCtrlReset.$Properties instead.
 */
export interface IRespCtrlReset extends RespCtrlReset.$Properties {
}

/** Represents a RespCtrlReset. */
export class RespCtrlReset {

    /**
     * Constructs a new RespCtrlReset.
     * @param [properties] Properties to set
     */
    constructor(properties?: RespCtrlReset.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Encodes the specified RespCtrlReset message. Does not implicitly {@link RespCtrlReset.verify|verify} messages.
     * @param message RespCtrlReset message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RespCtrlReset.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RespCtrlReset message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RespCtrlReset & RespCtrlReset.$Shape} RespCtrlReset
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RespCtrlReset & RespCtrlReset.$Shape;
}

export namespace RespCtrlReset {

    /** Properties of a RespCtrlReset. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RespCtrlReset. */
    type $Shape = RespCtrlReset.$Properties;
}

/**
 * Properties of a CmdCtrlReprov.
 * @deprecated Use CmdCtrlReprov.$Properties instead.
 */
export interface ICmdCtrlReprov extends CmdCtrlReprov.$Properties {
}

/** Represents a CmdCtrlReprov. */
export class CmdCtrlReprov {

    /**
     * Constructs a new CmdCtrlReprov.
     * @param [properties] Properties to set
     */
    constructor(properties?: CmdCtrlReprov.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Encodes the specified CmdCtrlReprov message. Does not implicitly {@link CmdCtrlReprov.verify|verify} messages.
     * @param message CmdCtrlReprov message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: CmdCtrlReprov.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a CmdCtrlReprov message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {CmdCtrlReprov & CmdCtrlReprov.$Shape} CmdCtrlReprov
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CmdCtrlReprov & CmdCtrlReprov.$Shape;
}

export namespace CmdCtrlReprov {

    /** Properties of a CmdCtrlReprov. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a CmdCtrlReprov. */
    type $Shape = CmdCtrlReprov.$Properties;
}

/**
 * Properties of a RespCtrlReprov.
 * @deprecated Use RespCtrlReprov.$Properties instead.
 */
export interface IRespCtrlReprov extends RespCtrlReprov.$Properties {
}

/** Represents a RespCtrlReprov. */
export class RespCtrlReprov {

    /**
     * Constructs a new RespCtrlReprov.
     * @param [properties] Properties to set
     */
    constructor(properties?: RespCtrlReprov.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Encodes the specified RespCtrlReprov message. Does not implicitly {@link RespCtrlReprov.verify|verify} messages.
     * @param message RespCtrlReprov message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RespCtrlReprov.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RespCtrlReprov message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RespCtrlReprov & RespCtrlReprov.$Shape} RespCtrlReprov
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RespCtrlReprov & RespCtrlReprov.$Shape;
}

export namespace RespCtrlReprov {

    /** Properties of a RespCtrlReprov. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RespCtrlReprov. */
    type $Shape = RespCtrlReprov.$Properties;
}

/** WiFiCtrlMsgType enum. */
export enum WiFiCtrlMsgType {

    /** TypeCtrlReserved value */
    TypeCtrlReserved = 0,

    /** TypeCmdCtrlReset value */
    TypeCmdCtrlReset = 1,

    /** TypeRespCtrlReset value */
    TypeRespCtrlReset = 2,

    /** TypeCmdCtrlReprov value */
    TypeCmdCtrlReprov = 3,

    /** TypeRespCtrlReprov value */
    TypeRespCtrlReprov = 4
}

/**
 * Properties of a WiFiCtrlPayload.
 * @deprecated Use WiFiCtrlPayload.$Properties instead.
 */
export interface IWiFiCtrlPayload extends WiFiCtrlPayload.$Properties {
}

/** Represents a WiFiCtrlPayload. */
export class WiFiCtrlPayload {

    /**
     * Constructs a new WiFiCtrlPayload.
     * @param [properties] Properties to set
     */
    constructor(properties?: WiFiCtrlPayload.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** WiFiCtrlPayload msg. */
    msg: WiFiCtrlMsgType;

    /** WiFiCtrlPayload status. */
    status: Status;

    /** WiFiCtrlPayload cmdCtrlReset. */
    cmdCtrlReset?: (CmdCtrlReset.$Properties|null);

    /** WiFiCtrlPayload respCtrlReset. */
    respCtrlReset?: (RespCtrlReset.$Properties|null);

    /** WiFiCtrlPayload cmdCtrlReprov. */
    cmdCtrlReprov?: (CmdCtrlReprov.$Properties|null);

    /** WiFiCtrlPayload respCtrlReprov. */
    respCtrlReprov?: (RespCtrlReprov.$Properties|null);

    /** WiFiCtrlPayload payload. */
    payload?: ("cmdCtrlReset"|"respCtrlReset"|"cmdCtrlReprov"|"respCtrlReprov");

    /**
     * Encodes the specified WiFiCtrlPayload message. Does not implicitly {@link WiFiCtrlPayload.verify|verify} messages.
     * @param message WiFiCtrlPayload message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: WiFiCtrlPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a WiFiCtrlPayload message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {WiFiCtrlPayload & WiFiCtrlPayload.$Shape} WiFiCtrlPayload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WiFiCtrlPayload & WiFiCtrlPayload.$Shape;
}

export namespace WiFiCtrlPayload {

    /** Properties of a WiFiCtrlPayload. */
    interface $Properties {

        /** WiFiCtrlPayload msg */
        msg?: (WiFiCtrlMsgType|null);

        /** WiFiCtrlPayload status */
        status?: (Status|null);

        /** WiFiCtrlPayload cmdCtrlReset */
        cmdCtrlReset?: (CmdCtrlReset.$Properties|null);

        /** WiFiCtrlPayload respCtrlReset */
        respCtrlReset?: (RespCtrlReset.$Properties|null);

        /** WiFiCtrlPayload cmdCtrlReprov */
        cmdCtrlReprov?: (CmdCtrlReprov.$Properties|null);

        /** WiFiCtrlPayload respCtrlReprov */
        respCtrlReprov?: (RespCtrlReprov.$Properties|null);

        /** WiFiCtrlPayload payload */
        payload?: ("cmdCtrlReset"|"respCtrlReset"|"cmdCtrlReprov"|"respCtrlReprov");

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Narrowed shape of a WiFiCtrlPayload. */
    type $Shape = {
      msg?: WiFiCtrlMsgType|null;
      status?: Status|null;
      cmdCtrlReset?: CmdCtrlReset.$Shape|null;
      respCtrlReset?: RespCtrlReset.$Shape|null;
      cmdCtrlReprov?: CmdCtrlReprov.$Shape|null;
      respCtrlReprov?: RespCtrlReprov.$Shape|null;
      $unknowns?: Uint8Array[];
    } & (
      ({ payload?: undefined; cmdCtrlReset?: null; respCtrlReset?: null; cmdCtrlReprov?: null; respCtrlReprov?: null }|{ payload?: "cmdCtrlReset"; cmdCtrlReset: CmdCtrlReset.$Shape; respCtrlReset?: null; cmdCtrlReprov?: null; respCtrlReprov?: null }|{ payload?: "respCtrlReset"; cmdCtrlReset?: null; respCtrlReset: RespCtrlReset.$Shape; cmdCtrlReprov?: null; respCtrlReprov?: null }|{ payload?: "cmdCtrlReprov"; cmdCtrlReset?: null; respCtrlReset?: null; cmdCtrlReprov: CmdCtrlReprov.$Shape; respCtrlReprov?: null }|{ payload?: "respCtrlReprov"; cmdCtrlReset?: null; respCtrlReset?: null; cmdCtrlReprov?: null; respCtrlReprov: RespCtrlReprov.$Shape })
    );
}

/**
 * Properties of a CmdScanStart.
 * @deprecated Use CmdScanStart.$Properties instead.
 */
export interface ICmdScanStart extends CmdScanStart.$Properties {
}

/** Represents a CmdScanStart. */
export class CmdScanStart {

    /**
     * Constructs a new CmdScanStart.
     * @param [properties] Properties to set
     */
    constructor(properties?: CmdScanStart.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** CmdScanStart blocking. */
    blocking: boolean;

    /** CmdScanStart passive. */
    passive: boolean;

    /** CmdScanStart groupChannels. */
    groupChannels: number;

    /** CmdScanStart periodMs. */
    periodMs: number;

    /**
     * Encodes the specified CmdScanStart message. Does not implicitly {@link CmdScanStart.verify|verify} messages.
     * @param message CmdScanStart message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: CmdScanStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a CmdScanStart message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {CmdScanStart & CmdScanStart.$Shape} CmdScanStart
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CmdScanStart & CmdScanStart.$Shape;
}

export namespace CmdScanStart {

    /** Properties of a CmdScanStart. */
    interface $Properties {

        /** CmdScanStart blocking */
        blocking?: (boolean|null);

        /** CmdScanStart passive */
        passive?: (boolean|null);

        /** CmdScanStart groupChannels */
        groupChannels?: (number|null);

        /** CmdScanStart periodMs */
        periodMs?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a CmdScanStart. */
    type $Shape = CmdScanStart.$Properties;
}

/**
 * Properties of a RespScanStart.
 * @deprecated Use RespScanStart.$Properties instead.
 */
export interface IRespScanStart extends RespScanStart.$Properties {
}

/** Represents a RespScanStart. */
export class RespScanStart {

    /**
     * Constructs a new RespScanStart.
     * @param [properties] Properties to set
     */
    constructor(properties?: RespScanStart.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Encodes the specified RespScanStart message. Does not implicitly {@link RespScanStart.verify|verify} messages.
     * @param message RespScanStart message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RespScanStart.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RespScanStart message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RespScanStart & RespScanStart.$Shape} RespScanStart
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RespScanStart & RespScanStart.$Shape;
}

export namespace RespScanStart {

    /** Properties of a RespScanStart. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RespScanStart. */
    type $Shape = RespScanStart.$Properties;
}

/**
 * Properties of a CmdScanStatus.
 * @deprecated Use CmdScanStatus.$Properties instead.
 */
export interface ICmdScanStatus extends CmdScanStatus.$Properties {
}

/** Represents a CmdScanStatus. */
export class CmdScanStatus {

    /**
     * Constructs a new CmdScanStatus.
     * @param [properties] Properties to set
     */
    constructor(properties?: CmdScanStatus.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /**
     * Encodes the specified CmdScanStatus message. Does not implicitly {@link CmdScanStatus.verify|verify} messages.
     * @param message CmdScanStatus message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: CmdScanStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a CmdScanStatus message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {CmdScanStatus & CmdScanStatus.$Shape} CmdScanStatus
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CmdScanStatus & CmdScanStatus.$Shape;
}

export namespace CmdScanStatus {

    /** Properties of a CmdScanStatus. */
    interface $Properties {

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a CmdScanStatus. */
    type $Shape = CmdScanStatus.$Properties;
}

/**
 * Properties of a RespScanStatus.
 * @deprecated Use RespScanStatus.$Properties instead.
 */
export interface IRespScanStatus extends RespScanStatus.$Properties {
}

/** Represents a RespScanStatus. */
export class RespScanStatus {

    /**
     * Constructs a new RespScanStatus.
     * @param [properties] Properties to set
     */
    constructor(properties?: RespScanStatus.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RespScanStatus scanFinished. */
    scanFinished: boolean;

    /** RespScanStatus resultCount. */
    resultCount: number;

    /**
     * Encodes the specified RespScanStatus message. Does not implicitly {@link RespScanStatus.verify|verify} messages.
     * @param message RespScanStatus message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RespScanStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RespScanStatus message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RespScanStatus & RespScanStatus.$Shape} RespScanStatus
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RespScanStatus & RespScanStatus.$Shape;
}

export namespace RespScanStatus {

    /** Properties of a RespScanStatus. */
    interface $Properties {

        /** RespScanStatus scanFinished */
        scanFinished?: (boolean|null);

        /** RespScanStatus resultCount */
        resultCount?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RespScanStatus. */
    type $Shape = RespScanStatus.$Properties;
}

/**
 * Properties of a CmdScanResult.
 * @deprecated Use CmdScanResult.$Properties instead.
 */
export interface ICmdScanResult extends CmdScanResult.$Properties {
}

/** Represents a CmdScanResult. */
export class CmdScanResult {

    /**
     * Constructs a new CmdScanResult.
     * @param [properties] Properties to set
     */
    constructor(properties?: CmdScanResult.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** CmdScanResult startIndex. */
    startIndex: number;

    /** CmdScanResult count. */
    count: number;

    /**
     * Encodes the specified CmdScanResult message. Does not implicitly {@link CmdScanResult.verify|verify} messages.
     * @param message CmdScanResult message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: CmdScanResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a CmdScanResult message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {CmdScanResult & CmdScanResult.$Shape} CmdScanResult
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): CmdScanResult & CmdScanResult.$Shape;
}

export namespace CmdScanResult {

    /** Properties of a CmdScanResult. */
    interface $Properties {

        /** CmdScanResult startIndex */
        startIndex?: (number|null);

        /** CmdScanResult count */
        count?: (number|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a CmdScanResult. */
    type $Shape = CmdScanResult.$Properties;
}

/**
 * Properties of a WiFiScanResult.
 * @deprecated Use WiFiScanResult.$Properties instead.
 */
export interface IWiFiScanResult extends WiFiScanResult.$Properties {
}

/** Represents a WiFiScanResult. */
export class WiFiScanResult {

    /**
     * Constructs a new WiFiScanResult.
     * @param [properties] Properties to set
     */
    constructor(properties?: WiFiScanResult.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** WiFiScanResult ssid. */
    ssid: Uint8Array;

    /** WiFiScanResult channel. */
    channel: number;

    /** WiFiScanResult rssi. */
    rssi: number;

    /** WiFiScanResult bssid. */
    bssid: Uint8Array;

    /** WiFiScanResult auth. */
    auth: WifiAuthMode;

    /**
     * Encodes the specified WiFiScanResult message. Does not implicitly {@link WiFiScanResult.verify|verify} messages.
     * @param message WiFiScanResult message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: WiFiScanResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a WiFiScanResult message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {WiFiScanResult & WiFiScanResult.$Shape} WiFiScanResult
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WiFiScanResult & WiFiScanResult.$Shape;
}

export namespace WiFiScanResult {

    /** Properties of a WiFiScanResult. */
    interface $Properties {

        /** WiFiScanResult ssid */
        ssid?: (Uint8Array|null);

        /** WiFiScanResult channel */
        channel?: (number|null);

        /** WiFiScanResult rssi */
        rssi?: (number|null);

        /** WiFiScanResult bssid */
        bssid?: (Uint8Array|null);

        /** WiFiScanResult auth */
        auth?: (WifiAuthMode|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a WiFiScanResult. */
    type $Shape = WiFiScanResult.$Properties;
}

/**
 * Properties of a RespScanResult.
 * @deprecated Use RespScanResult.$Properties instead.
 */
export interface IRespScanResult extends RespScanResult.$Properties {
}

/** Represents a RespScanResult. */
export class RespScanResult {

    /**
     * Constructs a new RespScanResult.
     * @param [properties] Properties to set
     */
    constructor(properties?: RespScanResult.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** RespScanResult entries. */
    entries: WiFiScanResult.$Properties[];

    /**
     * Encodes the specified RespScanResult message. Does not implicitly {@link RespScanResult.verify|verify} messages.
     * @param message RespScanResult message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: RespScanResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a RespScanResult message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {RespScanResult & RespScanResult.$Shape} RespScanResult
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): RespScanResult & RespScanResult.$Shape;
}

export namespace RespScanResult {

    /** Properties of a RespScanResult. */
    interface $Properties {

        /** RespScanResult entries */
        entries?: (WiFiScanResult.$Properties[]|null);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Shape of a RespScanResult. */
    type $Shape = RespScanResult.$Properties;
}

/** WiFiScanMsgType enum. */
export enum WiFiScanMsgType {

    /** TypeCmdScanStart value */
    TypeCmdScanStart = 0,

    /** TypeRespScanStart value */
    TypeRespScanStart = 1,

    /** TypeCmdScanStatus value */
    TypeCmdScanStatus = 2,

    /** TypeRespScanStatus value */
    TypeRespScanStatus = 3,

    /** TypeCmdScanResult value */
    TypeCmdScanResult = 4,

    /** TypeRespScanResult value */
    TypeRespScanResult = 5
}

/**
 * Properties of a WiFiScanPayload.
 * @deprecated Use WiFiScanPayload.$Properties instead.
 */
export interface IWiFiScanPayload extends WiFiScanPayload.$Properties {
}

/** Represents a WiFiScanPayload. */
export class WiFiScanPayload {

    /**
     * Constructs a new WiFiScanPayload.
     * @param [properties] Properties to set
     */
    constructor(properties?: WiFiScanPayload.$Properties);

    /** Unknown fields preserved while decoding when enabled */
    $unknowns?: Uint8Array[];

    /** WiFiScanPayload msg. */
    msg: WiFiScanMsgType;

    /** WiFiScanPayload status. */
    status: Status;

    /** WiFiScanPayload cmdScanStart. */
    cmdScanStart?: (CmdScanStart.$Properties|null);

    /** WiFiScanPayload respScanStart. */
    respScanStart?: (RespScanStart.$Properties|null);

    /** WiFiScanPayload cmdScanStatus. */
    cmdScanStatus?: (CmdScanStatus.$Properties|null);

    /** WiFiScanPayload respScanStatus. */
    respScanStatus?: (RespScanStatus.$Properties|null);

    /** WiFiScanPayload cmdScanResult. */
    cmdScanResult?: (CmdScanResult.$Properties|null);

    /** WiFiScanPayload respScanResult. */
    respScanResult?: (RespScanResult.$Properties|null);

    /** WiFiScanPayload payload. */
    payload?: ("cmdScanStart"|"respScanStart"|"cmdScanStatus"|"respScanStatus"|"cmdScanResult"|"respScanResult");

    /**
     * Encodes the specified WiFiScanPayload message. Does not implicitly {@link WiFiScanPayload.verify|verify} messages.
     * @param message WiFiScanPayload message or plain object to encode
     * @param [writer] Writer to encode to
     * @returns Writer
     */
    static encode(message: WiFiScanPayload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

    /**
     * Decodes a WiFiScanPayload message from the specified reader or buffer.
     * @param reader Reader or buffer to decode from
     * @param [length] Message length if known beforehand
     * @returns {WiFiScanPayload & WiFiScanPayload.$Shape} WiFiScanPayload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): WiFiScanPayload & WiFiScanPayload.$Shape;
}

export namespace WiFiScanPayload {

    /** Properties of a WiFiScanPayload. */
    interface $Properties {

        /** WiFiScanPayload msg */
        msg?: (WiFiScanMsgType|null);

        /** WiFiScanPayload status */
        status?: (Status|null);

        /** WiFiScanPayload cmdScanStart */
        cmdScanStart?: (CmdScanStart.$Properties|null);

        /** WiFiScanPayload respScanStart */
        respScanStart?: (RespScanStart.$Properties|null);

        /** WiFiScanPayload cmdScanStatus */
        cmdScanStatus?: (CmdScanStatus.$Properties|null);

        /** WiFiScanPayload respScanStatus */
        respScanStatus?: (RespScanStatus.$Properties|null);

        /** WiFiScanPayload cmdScanResult */
        cmdScanResult?: (CmdScanResult.$Properties|null);

        /** WiFiScanPayload respScanResult */
        respScanResult?: (RespScanResult.$Properties|null);

        /** WiFiScanPayload payload */
        payload?: ("cmdScanStart"|"respScanStart"|"cmdScanStatus"|"respScanStatus"|"cmdScanResult"|"respScanResult");

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];
    }

    /** Narrowed shape of a WiFiScanPayload. */
    type $Shape = {
      msg?: WiFiScanMsgType|null;
      status?: Status|null;
      cmdScanStart?: CmdScanStart.$Shape|null;
      respScanStart?: RespScanStart.$Shape|null;
      cmdScanStatus?: CmdScanStatus.$Shape|null;
      respScanStatus?: RespScanStatus.$Shape|null;
      cmdScanResult?: CmdScanResult.$Shape|null;
      respScanResult?: RespScanResult.$Shape|null;
      $unknowns?: Uint8Array[];
    } & (
      ({ payload?: undefined; cmdScanStart?: null; respScanStart?: null; cmdScanStatus?: null; respScanStatus?: null; cmdScanResult?: null; respScanResult?: null }|{ payload?: "cmdScanStart"; cmdScanStart: CmdScanStart.$Shape; respScanStart?: null; cmdScanStatus?: null; respScanStatus?: null; cmdScanResult?: null; respScanResult?: null }|{ payload?: "respScanStart"; cmdScanStart?: null; respScanStart: RespScanStart.$Shape; cmdScanStatus?: null; respScanStatus?: null; cmdScanResult?: null; respScanResult?: null }|{ payload?: "cmdScanStatus"; cmdScanStart?: null; respScanStart?: null; cmdScanStatus: CmdScanStatus.$Shape; respScanStatus?: null; cmdScanResult?: null; respScanResult?: null }|{ payload?: "respScanStatus"; cmdScanStart?: null; respScanStart?: null; cmdScanStatus?: null; respScanStatus: RespScanStatus.$Shape; cmdScanResult?: null; respScanResult?: null }|{ payload?: "cmdScanResult"; cmdScanStart?: null; respScanStart?: null; cmdScanStatus?: null; respScanStatus?: null; cmdScanResult: CmdScanResult.$Shape; respScanResult?: null }|{ payload?: "respScanResult"; cmdScanStart?: null; respScanStart?: null; cmdScanStatus?: null; respScanStatus?: null; cmdScanResult?: null; respScanResult: RespScanResult.$Shape })
    );
}
