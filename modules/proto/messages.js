/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

/**
 * Status enum.
 * @name Status
 * @enum {number}
 * @property {number} Success=0 Success value
 * @property {number} InvalidSecScheme=1 InvalidSecScheme value
 * @property {number} InvalidProto=2 InvalidProto value
 * @property {number} TooManySessions=3 TooManySessions value
 * @property {number} InvalidArgument=4 InvalidArgument value
 * @property {number} InternalError=5 InternalError value
 * @property {number} CryptoError=6 CryptoError value
 * @property {number} InvalidSession=7 InvalidSession value
 */
export const Status = $root.Status = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "Success"] = 0;
    values[valuesById[1] = "InvalidSecScheme"] = 1;
    values[valuesById[2] = "InvalidProto"] = 2;
    values[valuesById[3] = "TooManySessions"] = 3;
    values[valuesById[4] = "InvalidArgument"] = 4;
    values[valuesById[5] = "InternalError"] = 5;
    values[valuesById[6] = "CryptoError"] = 6;
    values[valuesById[7] = "InvalidSession"] = 7;
    return values;
})();

export const S0SessionCmd = $root.S0SessionCmd = (() => {

    /**
     * Properties of a S0SessionCmd.
     * @typedef {Object} S0SessionCmd.$Properties
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a S0SessionCmd.
     * @exports IS0SessionCmd
     * @interface IS0SessionCmd
     * @augments S0SessionCmd.$Properties
     * @deprecated Use S0SessionCmd.$Properties instead.
     */

    /**
     * Shape of a S0SessionCmd.
     * @typedef {S0SessionCmd.$Properties} S0SessionCmd.$Shape
     */

    /**
     * Constructs a new S0SessionCmd.
     * @exports S0SessionCmd
     * @classdesc Represents a S0SessionCmd.
     * @constructor
     * @param {S0SessionCmd.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const S0SessionCmd = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Encodes the specified S0SessionCmd message. Does not implicitly {@link S0SessionCmd.verify|verify} messages.
     * @function encode
     * @memberof S0SessionCmd
     * @static
     * @param {S0SessionCmd.$Properties} message S0SessionCmd message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    S0SessionCmd.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a S0SessionCmd message from the specified reader or buffer.
     * @function decode
     * @memberof S0SessionCmd
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {S0SessionCmd & S0SessionCmd.$Shape} S0SessionCmd
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    S0SessionCmd.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.S0SessionCmd();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            reader.skipType(tag & 7, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return S0SessionCmd;
})();

export const S0SessionResp = $root.S0SessionResp = (() => {

    /**
     * Properties of a S0SessionResp.
     * @typedef {Object} S0SessionResp.$Properties
     * @property {Status|null} [status] S0SessionResp status
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a S0SessionResp.
     * @exports IS0SessionResp
     * @interface IS0SessionResp
     * @augments S0SessionResp.$Properties
     * @deprecated Use S0SessionResp.$Properties instead.
     */

    /**
     * Shape of a S0SessionResp.
     * @typedef {S0SessionResp.$Properties} S0SessionResp.$Shape
     */

    /**
     * Constructs a new S0SessionResp.
     * @exports S0SessionResp
     * @classdesc Represents a S0SessionResp.
     * @constructor
     * @param {S0SessionResp.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const S0SessionResp = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * S0SessionResp status.
     * @member {Status} status
     * @memberof S0SessionResp
     * @instance
     */
    S0SessionResp.prototype.status = 0;

    /**
     * Encodes the specified S0SessionResp message. Does not implicitly {@link S0SessionResp.verify|verify} messages.
     * @function encode
     * @memberof S0SessionResp
     * @static
     * @param {S0SessionResp.$Properties} message S0SessionResp message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    S0SessionResp.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a S0SessionResp message from the specified reader or buffer.
     * @function decode
     * @memberof S0SessionResp
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {S0SessionResp & S0SessionResp.$Shape} S0SessionResp
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    S0SessionResp.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.S0SessionResp();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.status = value;
                    else
                        delete message.status;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return S0SessionResp;
})();

/**
 * Sec0MsgType enum.
 * @name Sec0MsgType
 * @enum {number}
 * @property {number} S0_Session_Command=0 S0_Session_Command value
 * @property {number} S0_Session_Response=1 S0_Session_Response value
 */
export const Sec0MsgType = $root.Sec0MsgType = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "S0_Session_Command"] = 0;
    values[valuesById[1] = "S0_Session_Response"] = 1;
    return values;
})();

export const Sec0Payload = $root.Sec0Payload = (() => {

    /**
     * Properties of a Sec0Payload.
     * @typedef {Object} Sec0Payload.$Properties
     * @property {Sec0MsgType|null} [msg] Sec0Payload msg
     * @property {S0SessionCmd.$Properties|null} [sc] Sec0Payload sc
     * @property {S0SessionResp.$Properties|null} [sr] Sec0Payload sr
     * @property {"sc"|"sr"} [payload] Sec0Payload payload
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a Sec0Payload.
     * @exports ISec0Payload
     * @interface ISec0Payload
     * @augments Sec0Payload.$Properties
     * @deprecated Use Sec0Payload.$Properties instead.
     */

    /**
     * Narrowed shape of a Sec0Payload.
     * @typedef {{
     *   msg?: Sec0MsgType|null;
     *   sc?: S0SessionCmd.$Shape|null;
     *   sr?: S0SessionResp.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * } & (
     *   ({ payload?: undefined; sc?: null; sr?: null }|{ payload?: "sc"; sc: S0SessionCmd.$Shape; sr?: null }|{ payload?: "sr"; sc?: null; sr: S0SessionResp.$Shape })
     * )} Sec0Payload.$Shape
     */

    /**
     * Constructs a new Sec0Payload.
     * @exports Sec0Payload
     * @classdesc Represents a Sec0Payload.
     * @constructor
     * @param {Sec0Payload.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const Sec0Payload = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Sec0Payload msg.
     * @member {Sec0MsgType} msg
     * @memberof Sec0Payload
     * @instance
     */
    Sec0Payload.prototype.msg = 0;

    /**
     * Sec0Payload sc.
     * @member {S0SessionCmd.$Properties|null|undefined} sc
     * @memberof Sec0Payload
     * @instance
     */
    Sec0Payload.prototype.sc = null;

    /**
     * Sec0Payload sr.
     * @member {S0SessionResp.$Properties|null|undefined} sr
     * @memberof Sec0Payload
     * @instance
     */
    Sec0Payload.prototype.sr = null;

    // OneOf field names bound to virtual getters and setters
    let $oneOfFields;

    /**
     * Sec0Payload payload.
     * @member {"sc"|"sr"|undefined} payload
     * @memberof Sec0Payload
     * @instance
     */
    $Object.defineProperty(Sec0Payload.prototype, "payload", {
        get: $util.oneOfGetter($oneOfFields = ["sc", "sr"]),
        set: $util.oneOfSetter($oneOfFields)
    });

    /**
     * Encodes the specified Sec0Payload message. Does not implicitly {@link Sec0Payload.verify|verify} messages.
     * @function encode
     * @memberof Sec0Payload
     * @static
     * @param {Sec0Payload.$Properties} message Sec0Payload message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    Sec0Payload.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.msg != null && $Object.hasOwnProperty.call(message, "msg") && message.msg !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.msg);
        if (message.sc != null && $Object.hasOwnProperty.call(message, "sc"))
            $root.S0SessionCmd.encode(message.sc, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
        if (message.sr != null && $Object.hasOwnProperty.call(message, "sr"))
            $root.S0SessionResp.encode(message.sr, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a Sec0Payload message from the specified reader or buffer.
     * @function decode
     * @memberof Sec0Payload
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {Sec0Payload & Sec0Payload.$Shape} Sec0Payload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    Sec0Payload.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.Sec0Payload();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.msg = value;
                    else
                        delete message.msg;
                    continue;
                }
            case 20: {
                    if (wireType !== 2)
                        break;
                    message.sc = $root.S0SessionCmd.decode(reader, reader.size(), $undefined, _depth + 1, message.sc);
                    message.payload = "sc";
                    continue;
                }
            case 21: {
                    if (wireType !== 2)
                        break;
                    message.sr = $root.S0SessionResp.decode(reader, reader.size(), $undefined, _depth + 1, message.sr);
                    message.payload = "sr";
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return Sec0Payload;
})();

export const SessionCmd1 = $root.SessionCmd1 = (() => {

    /**
     * Properties of a SessionCmd1.
     * @typedef {Object} SessionCmd1.$Properties
     * @property {Uint8Array|null} [clientVerifyData] SessionCmd1 clientVerifyData
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a SessionCmd1.
     * @exports ISessionCmd1
     * @interface ISessionCmd1
     * @augments SessionCmd1.$Properties
     * @deprecated Use SessionCmd1.$Properties instead.
     */

    /**
     * Shape of a SessionCmd1.
     * @typedef {SessionCmd1.$Properties} SessionCmd1.$Shape
     */

    /**
     * Constructs a new SessionCmd1.
     * @exports SessionCmd1
     * @classdesc Represents a SessionCmd1.
     * @constructor
     * @param {SessionCmd1.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const SessionCmd1 = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * SessionCmd1 clientVerifyData.
     * @member {Uint8Array} clientVerifyData
     * @memberof SessionCmd1
     * @instance
     */
    SessionCmd1.prototype.clientVerifyData = $util.newBuffer([]);

    /**
     * Encodes the specified SessionCmd1 message. Does not implicitly {@link SessionCmd1.verify|verify} messages.
     * @function encode
     * @memberof SessionCmd1
     * @static
     * @param {SessionCmd1.$Properties} message SessionCmd1 message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    SessionCmd1.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.clientVerifyData != null && $Object.hasOwnProperty.call(message, "clientVerifyData") && message.clientVerifyData.length)
            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.clientVerifyData);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a SessionCmd1 message from the specified reader or buffer.
     * @function decode
     * @memberof SessionCmd1
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {SessionCmd1 & SessionCmd1.$Shape} SessionCmd1
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    SessionCmd1.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.SessionCmd1();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 2: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.clientVerifyData = value;
                    else
                        delete message.clientVerifyData;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return SessionCmd1;
})();

export const SessionResp1 = $root.SessionResp1 = (() => {

    /**
     * Properties of a SessionResp1.
     * @typedef {Object} SessionResp1.$Properties
     * @property {Status|null} [status] SessionResp1 status
     * @property {Uint8Array|null} [deviceVerifyData] SessionResp1 deviceVerifyData
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a SessionResp1.
     * @exports ISessionResp1
     * @interface ISessionResp1
     * @augments SessionResp1.$Properties
     * @deprecated Use SessionResp1.$Properties instead.
     */

    /**
     * Shape of a SessionResp1.
     * @typedef {SessionResp1.$Properties} SessionResp1.$Shape
     */

    /**
     * Constructs a new SessionResp1.
     * @exports SessionResp1
     * @classdesc Represents a SessionResp1.
     * @constructor
     * @param {SessionResp1.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const SessionResp1 = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * SessionResp1 status.
     * @member {Status} status
     * @memberof SessionResp1
     * @instance
     */
    SessionResp1.prototype.status = 0;

    /**
     * SessionResp1 deviceVerifyData.
     * @member {Uint8Array} deviceVerifyData
     * @memberof SessionResp1
     * @instance
     */
    SessionResp1.prototype.deviceVerifyData = $util.newBuffer([]);

    /**
     * Encodes the specified SessionResp1 message. Does not implicitly {@link SessionResp1.verify|verify} messages.
     * @function encode
     * @memberof SessionResp1
     * @static
     * @param {SessionResp1.$Properties} message SessionResp1 message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    SessionResp1.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
        if (message.deviceVerifyData != null && $Object.hasOwnProperty.call(message, "deviceVerifyData") && message.deviceVerifyData.length)
            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.deviceVerifyData);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a SessionResp1 message from the specified reader or buffer.
     * @function decode
     * @memberof SessionResp1
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {SessionResp1 & SessionResp1.$Shape} SessionResp1
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    SessionResp1.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.SessionResp1();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.status = value;
                    else
                        delete message.status;
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.deviceVerifyData = value;
                    else
                        delete message.deviceVerifyData;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return SessionResp1;
})();

export const SessionCmd0 = $root.SessionCmd0 = (() => {

    /**
     * Properties of a SessionCmd0.
     * @typedef {Object} SessionCmd0.$Properties
     * @property {Uint8Array|null} [clientPubkey] SessionCmd0 clientPubkey
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a SessionCmd0.
     * @exports ISessionCmd0
     * @interface ISessionCmd0
     * @augments SessionCmd0.$Properties
     * @deprecated Use SessionCmd0.$Properties instead.
     */

    /**
     * Shape of a SessionCmd0.
     * @typedef {SessionCmd0.$Properties} SessionCmd0.$Shape
     */

    /**
     * Constructs a new SessionCmd0.
     * @exports SessionCmd0
     * @classdesc Represents a SessionCmd0.
     * @constructor
     * @param {SessionCmd0.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const SessionCmd0 = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * SessionCmd0 clientPubkey.
     * @member {Uint8Array} clientPubkey
     * @memberof SessionCmd0
     * @instance
     */
    SessionCmd0.prototype.clientPubkey = $util.newBuffer([]);

    /**
     * Encodes the specified SessionCmd0 message. Does not implicitly {@link SessionCmd0.verify|verify} messages.
     * @function encode
     * @memberof SessionCmd0
     * @static
     * @param {SessionCmd0.$Properties} message SessionCmd0 message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    SessionCmd0.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.clientPubkey != null && $Object.hasOwnProperty.call(message, "clientPubkey") && message.clientPubkey.length)
            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.clientPubkey);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a SessionCmd0 message from the specified reader or buffer.
     * @function decode
     * @memberof SessionCmd0
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {SessionCmd0 & SessionCmd0.$Shape} SessionCmd0
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    SessionCmd0.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.SessionCmd0();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.clientPubkey = value;
                    else
                        delete message.clientPubkey;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return SessionCmd0;
})();

export const SessionResp0 = $root.SessionResp0 = (() => {

    /**
     * Properties of a SessionResp0.
     * @typedef {Object} SessionResp0.$Properties
     * @property {Status|null} [status] SessionResp0 status
     * @property {Uint8Array|null} [devicePubkey] SessionResp0 devicePubkey
     * @property {Uint8Array|null} [deviceRandom] SessionResp0 deviceRandom
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a SessionResp0.
     * @exports ISessionResp0
     * @interface ISessionResp0
     * @augments SessionResp0.$Properties
     * @deprecated Use SessionResp0.$Properties instead.
     */

    /**
     * Shape of a SessionResp0.
     * @typedef {SessionResp0.$Properties} SessionResp0.$Shape
     */

    /**
     * Constructs a new SessionResp0.
     * @exports SessionResp0
     * @classdesc Represents a SessionResp0.
     * @constructor
     * @param {SessionResp0.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const SessionResp0 = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * SessionResp0 status.
     * @member {Status} status
     * @memberof SessionResp0
     * @instance
     */
    SessionResp0.prototype.status = 0;

    /**
     * SessionResp0 devicePubkey.
     * @member {Uint8Array} devicePubkey
     * @memberof SessionResp0
     * @instance
     */
    SessionResp0.prototype.devicePubkey = $util.newBuffer([]);

    /**
     * SessionResp0 deviceRandom.
     * @member {Uint8Array} deviceRandom
     * @memberof SessionResp0
     * @instance
     */
    SessionResp0.prototype.deviceRandom = $util.newBuffer([]);

    /**
     * Encodes the specified SessionResp0 message. Does not implicitly {@link SessionResp0.verify|verify} messages.
     * @function encode
     * @memberof SessionResp0
     * @static
     * @param {SessionResp0.$Properties} message SessionResp0 message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    SessionResp0.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
        if (message.devicePubkey != null && $Object.hasOwnProperty.call(message, "devicePubkey") && message.devicePubkey.length)
            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.devicePubkey);
        if (message.deviceRandom != null && $Object.hasOwnProperty.call(message, "deviceRandom") && message.deviceRandom.length)
            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.deviceRandom);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a SessionResp0 message from the specified reader or buffer.
     * @function decode
     * @memberof SessionResp0
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {SessionResp0 & SessionResp0.$Shape} SessionResp0
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    SessionResp0.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.SessionResp0();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.status = value;
                    else
                        delete message.status;
                    continue;
                }
            case 2: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.devicePubkey = value;
                    else
                        delete message.devicePubkey;
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.deviceRandom = value;
                    else
                        delete message.deviceRandom;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return SessionResp0;
})();

/**
 * Sec1MsgType enum.
 * @name Sec1MsgType
 * @enum {number}
 * @property {number} Session_Command0=0 Session_Command0 value
 * @property {number} Session_Response0=1 Session_Response0 value
 * @property {number} Session_Command1=2 Session_Command1 value
 * @property {number} Session_Response1=3 Session_Response1 value
 */
export const Sec1MsgType = $root.Sec1MsgType = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "Session_Command0"] = 0;
    values[valuesById[1] = "Session_Response0"] = 1;
    values[valuesById[2] = "Session_Command1"] = 2;
    values[valuesById[3] = "Session_Response1"] = 3;
    return values;
})();

export const Sec1Payload = $root.Sec1Payload = (() => {

    /**
     * Properties of a Sec1Payload.
     * @typedef {Object} Sec1Payload.$Properties
     * @property {Sec1MsgType|null} [msg] Sec1Payload msg
     * @property {SessionCmd0.$Properties|null} [sc0] Sec1Payload sc0
     * @property {SessionResp0.$Properties|null} [sr0] Sec1Payload sr0
     * @property {SessionCmd1.$Properties|null} [sc1] Sec1Payload sc1
     * @property {SessionResp1.$Properties|null} [sr1] Sec1Payload sr1
     * @property {"sc0"|"sr0"|"sc1"|"sr1"} [payload] Sec1Payload payload
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a Sec1Payload.
     * @exports ISec1Payload
     * @interface ISec1Payload
     * @augments Sec1Payload.$Properties
     * @deprecated Use Sec1Payload.$Properties instead.
     */

    /**
     * Narrowed shape of a Sec1Payload.
     * @typedef {{
     *   msg?: Sec1MsgType|null;
     *   sc0?: SessionCmd0.$Shape|null;
     *   sr0?: SessionResp0.$Shape|null;
     *   sc1?: SessionCmd1.$Shape|null;
     *   sr1?: SessionResp1.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * } & (
     *   ({ payload?: undefined; sc0?: null; sr0?: null; sc1?: null; sr1?: null }|{ payload?: "sc0"; sc0: SessionCmd0.$Shape; sr0?: null; sc1?: null; sr1?: null }|{ payload?: "sr0"; sc0?: null; sr0: SessionResp0.$Shape; sc1?: null; sr1?: null }|{ payload?: "sc1"; sc0?: null; sr0?: null; sc1: SessionCmd1.$Shape; sr1?: null }|{ payload?: "sr1"; sc0?: null; sr0?: null; sc1?: null; sr1: SessionResp1.$Shape })
     * )} Sec1Payload.$Shape
     */

    /**
     * Constructs a new Sec1Payload.
     * @exports Sec1Payload
     * @classdesc Represents a Sec1Payload.
     * @constructor
     * @param {Sec1Payload.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const Sec1Payload = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Sec1Payload msg.
     * @member {Sec1MsgType} msg
     * @memberof Sec1Payload
     * @instance
     */
    Sec1Payload.prototype.msg = 0;

    /**
     * Sec1Payload sc0.
     * @member {SessionCmd0.$Properties|null|undefined} sc0
     * @memberof Sec1Payload
     * @instance
     */
    Sec1Payload.prototype.sc0 = null;

    /**
     * Sec1Payload sr0.
     * @member {SessionResp0.$Properties|null|undefined} sr0
     * @memberof Sec1Payload
     * @instance
     */
    Sec1Payload.prototype.sr0 = null;

    /**
     * Sec1Payload sc1.
     * @member {SessionCmd1.$Properties|null|undefined} sc1
     * @memberof Sec1Payload
     * @instance
     */
    Sec1Payload.prototype.sc1 = null;

    /**
     * Sec1Payload sr1.
     * @member {SessionResp1.$Properties|null|undefined} sr1
     * @memberof Sec1Payload
     * @instance
     */
    Sec1Payload.prototype.sr1 = null;

    // OneOf field names bound to virtual getters and setters
    let $oneOfFields;

    /**
     * Sec1Payload payload.
     * @member {"sc0"|"sr0"|"sc1"|"sr1"|undefined} payload
     * @memberof Sec1Payload
     * @instance
     */
    $Object.defineProperty(Sec1Payload.prototype, "payload", {
        get: $util.oneOfGetter($oneOfFields = ["sc0", "sr0", "sc1", "sr1"]),
        set: $util.oneOfSetter($oneOfFields)
    });

    /**
     * Encodes the specified Sec1Payload message. Does not implicitly {@link Sec1Payload.verify|verify} messages.
     * @function encode
     * @memberof Sec1Payload
     * @static
     * @param {Sec1Payload.$Properties} message Sec1Payload message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    Sec1Payload.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.msg != null && $Object.hasOwnProperty.call(message, "msg") && message.msg !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.msg);
        if (message.sc0 != null && $Object.hasOwnProperty.call(message, "sc0"))
            $root.SessionCmd0.encode(message.sc0, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
        if (message.sr0 != null && $Object.hasOwnProperty.call(message, "sr0"))
            $root.SessionResp0.encode(message.sr0, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
        if (message.sc1 != null && $Object.hasOwnProperty.call(message, "sc1"))
            $root.SessionCmd1.encode(message.sc1, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
        if (message.sr1 != null && $Object.hasOwnProperty.call(message, "sr1"))
            $root.SessionResp1.encode(message.sr1, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a Sec1Payload message from the specified reader or buffer.
     * @function decode
     * @memberof Sec1Payload
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {Sec1Payload & Sec1Payload.$Shape} Sec1Payload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    Sec1Payload.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.Sec1Payload();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.msg = value;
                    else
                        delete message.msg;
                    continue;
                }
            case 20: {
                    if (wireType !== 2)
                        break;
                    message.sc0 = $root.SessionCmd0.decode(reader, reader.size(), $undefined, _depth + 1, message.sc0);
                    message.payload = "sc0";
                    continue;
                }
            case 21: {
                    if (wireType !== 2)
                        break;
                    message.sr0 = $root.SessionResp0.decode(reader, reader.size(), $undefined, _depth + 1, message.sr0);
                    message.payload = "sr0";
                    continue;
                }
            case 22: {
                    if (wireType !== 2)
                        break;
                    message.sc1 = $root.SessionCmd1.decode(reader, reader.size(), $undefined, _depth + 1, message.sc1);
                    message.payload = "sc1";
                    continue;
                }
            case 23: {
                    if (wireType !== 2)
                        break;
                    message.sr1 = $root.SessionResp1.decode(reader, reader.size(), $undefined, _depth + 1, message.sr1);
                    message.payload = "sr1";
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return Sec1Payload;
})();

export const S2SessionCmd0 = $root.S2SessionCmd0 = (() => {

    /**
     * Properties of a S2SessionCmd0.
     * @typedef {Object} S2SessionCmd0.$Properties
     * @property {Uint8Array|null} [clientUsername] S2SessionCmd0 clientUsername
     * @property {Uint8Array|null} [clientPubkey] S2SessionCmd0 clientPubkey
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a S2SessionCmd0.
     * @exports IS2SessionCmd0
     * @interface IS2SessionCmd0
     * @augments S2SessionCmd0.$Properties
     * @deprecated Use S2SessionCmd0.$Properties instead.
     */

    /**
     * Shape of a S2SessionCmd0.
     * @typedef {S2SessionCmd0.$Properties} S2SessionCmd0.$Shape
     */

    /**
     * Constructs a new S2SessionCmd0.
     * @exports S2SessionCmd0
     * @classdesc Represents a S2SessionCmd0.
     * @constructor
     * @param {S2SessionCmd0.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const S2SessionCmd0 = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * S2SessionCmd0 clientUsername.
     * @member {Uint8Array} clientUsername
     * @memberof S2SessionCmd0
     * @instance
     */
    S2SessionCmd0.prototype.clientUsername = $util.newBuffer([]);

    /**
     * S2SessionCmd0 clientPubkey.
     * @member {Uint8Array} clientPubkey
     * @memberof S2SessionCmd0
     * @instance
     */
    S2SessionCmd0.prototype.clientPubkey = $util.newBuffer([]);

    /**
     * Encodes the specified S2SessionCmd0 message. Does not implicitly {@link S2SessionCmd0.verify|verify} messages.
     * @function encode
     * @memberof S2SessionCmd0
     * @static
     * @param {S2SessionCmd0.$Properties} message S2SessionCmd0 message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    S2SessionCmd0.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.clientUsername != null && $Object.hasOwnProperty.call(message, "clientUsername") && message.clientUsername.length)
            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.clientUsername);
        if (message.clientPubkey != null && $Object.hasOwnProperty.call(message, "clientPubkey") && message.clientPubkey.length)
            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.clientPubkey);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a S2SessionCmd0 message from the specified reader or buffer.
     * @function decode
     * @memberof S2SessionCmd0
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {S2SessionCmd0 & S2SessionCmd0.$Shape} S2SessionCmd0
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    S2SessionCmd0.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.S2SessionCmd0();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.clientUsername = value;
                    else
                        delete message.clientUsername;
                    continue;
                }
            case 2: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.clientPubkey = value;
                    else
                        delete message.clientPubkey;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return S2SessionCmd0;
})();

export const S2SessionResp0 = $root.S2SessionResp0 = (() => {

    /**
     * Properties of a S2SessionResp0.
     * @typedef {Object} S2SessionResp0.$Properties
     * @property {Status|null} [status] S2SessionResp0 status
     * @property {Uint8Array|null} [devicePubkey] S2SessionResp0 devicePubkey
     * @property {Uint8Array|null} [deviceSalt] S2SessionResp0 deviceSalt
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a S2SessionResp0.
     * @exports IS2SessionResp0
     * @interface IS2SessionResp0
     * @augments S2SessionResp0.$Properties
     * @deprecated Use S2SessionResp0.$Properties instead.
     */

    /**
     * Shape of a S2SessionResp0.
     * @typedef {S2SessionResp0.$Properties} S2SessionResp0.$Shape
     */

    /**
     * Constructs a new S2SessionResp0.
     * @exports S2SessionResp0
     * @classdesc Represents a S2SessionResp0.
     * @constructor
     * @param {S2SessionResp0.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const S2SessionResp0 = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * S2SessionResp0 status.
     * @member {Status} status
     * @memberof S2SessionResp0
     * @instance
     */
    S2SessionResp0.prototype.status = 0;

    /**
     * S2SessionResp0 devicePubkey.
     * @member {Uint8Array} devicePubkey
     * @memberof S2SessionResp0
     * @instance
     */
    S2SessionResp0.prototype.devicePubkey = $util.newBuffer([]);

    /**
     * S2SessionResp0 deviceSalt.
     * @member {Uint8Array} deviceSalt
     * @memberof S2SessionResp0
     * @instance
     */
    S2SessionResp0.prototype.deviceSalt = $util.newBuffer([]);

    /**
     * Encodes the specified S2SessionResp0 message. Does not implicitly {@link S2SessionResp0.verify|verify} messages.
     * @function encode
     * @memberof S2SessionResp0
     * @static
     * @param {S2SessionResp0.$Properties} message S2SessionResp0 message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    S2SessionResp0.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
        if (message.devicePubkey != null && $Object.hasOwnProperty.call(message, "devicePubkey") && message.devicePubkey.length)
            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.devicePubkey);
        if (message.deviceSalt != null && $Object.hasOwnProperty.call(message, "deviceSalt") && message.deviceSalt.length)
            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.deviceSalt);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a S2SessionResp0 message from the specified reader or buffer.
     * @function decode
     * @memberof S2SessionResp0
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {S2SessionResp0 & S2SessionResp0.$Shape} S2SessionResp0
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    S2SessionResp0.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.S2SessionResp0();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.status = value;
                    else
                        delete message.status;
                    continue;
                }
            case 2: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.devicePubkey = value;
                    else
                        delete message.devicePubkey;
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.deviceSalt = value;
                    else
                        delete message.deviceSalt;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return S2SessionResp0;
})();

export const S2SessionCmd1 = $root.S2SessionCmd1 = (() => {

    /**
     * Properties of a S2SessionCmd1.
     * @typedef {Object} S2SessionCmd1.$Properties
     * @property {Uint8Array|null} [clientProof] S2SessionCmd1 clientProof
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a S2SessionCmd1.
     * @exports IS2SessionCmd1
     * @interface IS2SessionCmd1
     * @augments S2SessionCmd1.$Properties
     * @deprecated Use S2SessionCmd1.$Properties instead.
     */

    /**
     * Shape of a S2SessionCmd1.
     * @typedef {S2SessionCmd1.$Properties} S2SessionCmd1.$Shape
     */

    /**
     * Constructs a new S2SessionCmd1.
     * @exports S2SessionCmd1
     * @classdesc Represents a S2SessionCmd1.
     * @constructor
     * @param {S2SessionCmd1.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const S2SessionCmd1 = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * S2SessionCmd1 clientProof.
     * @member {Uint8Array} clientProof
     * @memberof S2SessionCmd1
     * @instance
     */
    S2SessionCmd1.prototype.clientProof = $util.newBuffer([]);

    /**
     * Encodes the specified S2SessionCmd1 message. Does not implicitly {@link S2SessionCmd1.verify|verify} messages.
     * @function encode
     * @memberof S2SessionCmd1
     * @static
     * @param {S2SessionCmd1.$Properties} message S2SessionCmd1 message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    S2SessionCmd1.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.clientProof != null && $Object.hasOwnProperty.call(message, "clientProof") && message.clientProof.length)
            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.clientProof);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a S2SessionCmd1 message from the specified reader or buffer.
     * @function decode
     * @memberof S2SessionCmd1
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {S2SessionCmd1 & S2SessionCmd1.$Shape} S2SessionCmd1
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    S2SessionCmd1.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.S2SessionCmd1();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.clientProof = value;
                    else
                        delete message.clientProof;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return S2SessionCmd1;
})();

export const S2SessionResp1 = $root.S2SessionResp1 = (() => {

    /**
     * Properties of a S2SessionResp1.
     * @typedef {Object} S2SessionResp1.$Properties
     * @property {Status|null} [status] S2SessionResp1 status
     * @property {Uint8Array|null} [deviceProof] S2SessionResp1 deviceProof
     * @property {Uint8Array|null} [deviceNonce] S2SessionResp1 deviceNonce
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a S2SessionResp1.
     * @exports IS2SessionResp1
     * @interface IS2SessionResp1
     * @augments S2SessionResp1.$Properties
     * @deprecated Use S2SessionResp1.$Properties instead.
     */

    /**
     * Shape of a S2SessionResp1.
     * @typedef {S2SessionResp1.$Properties} S2SessionResp1.$Shape
     */

    /**
     * Constructs a new S2SessionResp1.
     * @exports S2SessionResp1
     * @classdesc Represents a S2SessionResp1.
     * @constructor
     * @param {S2SessionResp1.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const S2SessionResp1 = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * S2SessionResp1 status.
     * @member {Status} status
     * @memberof S2SessionResp1
     * @instance
     */
    S2SessionResp1.prototype.status = 0;

    /**
     * S2SessionResp1 deviceProof.
     * @member {Uint8Array} deviceProof
     * @memberof S2SessionResp1
     * @instance
     */
    S2SessionResp1.prototype.deviceProof = $util.newBuffer([]);

    /**
     * S2SessionResp1 deviceNonce.
     * @member {Uint8Array} deviceNonce
     * @memberof S2SessionResp1
     * @instance
     */
    S2SessionResp1.prototype.deviceNonce = $util.newBuffer([]);

    /**
     * Encodes the specified S2SessionResp1 message. Does not implicitly {@link S2SessionResp1.verify|verify} messages.
     * @function encode
     * @memberof S2SessionResp1
     * @static
     * @param {S2SessionResp1.$Properties} message S2SessionResp1 message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    S2SessionResp1.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
        if (message.deviceProof != null && $Object.hasOwnProperty.call(message, "deviceProof") && message.deviceProof.length)
            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.deviceProof);
        if (message.deviceNonce != null && $Object.hasOwnProperty.call(message, "deviceNonce") && message.deviceNonce.length)
            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.deviceNonce);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a S2SessionResp1 message from the specified reader or buffer.
     * @function decode
     * @memberof S2SessionResp1
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {S2SessionResp1 & S2SessionResp1.$Shape} S2SessionResp1
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    S2SessionResp1.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.S2SessionResp1();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.status = value;
                    else
                        delete message.status;
                    continue;
                }
            case 2: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.deviceProof = value;
                    else
                        delete message.deviceProof;
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.deviceNonce = value;
                    else
                        delete message.deviceNonce;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return S2SessionResp1;
})();

/**
 * Sec2MsgType enum.
 * @name Sec2MsgType
 * @enum {number}
 * @property {number} S2Session_Command0=0 S2Session_Command0 value
 * @property {number} S2Session_Response0=1 S2Session_Response0 value
 * @property {number} S2Session_Command1=2 S2Session_Command1 value
 * @property {number} S2Session_Response1=3 S2Session_Response1 value
 */
export const Sec2MsgType = $root.Sec2MsgType = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "S2Session_Command0"] = 0;
    values[valuesById[1] = "S2Session_Response0"] = 1;
    values[valuesById[2] = "S2Session_Command1"] = 2;
    values[valuesById[3] = "S2Session_Response1"] = 3;
    return values;
})();

export const Sec2Payload = $root.Sec2Payload = (() => {

    /**
     * Properties of a Sec2Payload.
     * @typedef {Object} Sec2Payload.$Properties
     * @property {Sec2MsgType|null} [msg] Sec2Payload msg
     * @property {S2SessionCmd0.$Properties|null} [sc0] Sec2Payload sc0
     * @property {S2SessionResp0.$Properties|null} [sr0] Sec2Payload sr0
     * @property {S2SessionCmd1.$Properties|null} [sc1] Sec2Payload sc1
     * @property {S2SessionResp1.$Properties|null} [sr1] Sec2Payload sr1
     * @property {"sc0"|"sr0"|"sc1"|"sr1"} [payload] Sec2Payload payload
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a Sec2Payload.
     * @exports ISec2Payload
     * @interface ISec2Payload
     * @augments Sec2Payload.$Properties
     * @deprecated Use Sec2Payload.$Properties instead.
     */

    /**
     * Narrowed shape of a Sec2Payload.
     * @typedef {{
     *   msg?: Sec2MsgType|null;
     *   sc0?: S2SessionCmd0.$Shape|null;
     *   sr0?: S2SessionResp0.$Shape|null;
     *   sc1?: S2SessionCmd1.$Shape|null;
     *   sr1?: S2SessionResp1.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * } & (
     *   ({ payload?: undefined; sc0?: null; sr0?: null; sc1?: null; sr1?: null }|{ payload?: "sc0"; sc0: S2SessionCmd0.$Shape; sr0?: null; sc1?: null; sr1?: null }|{ payload?: "sr0"; sc0?: null; sr0: S2SessionResp0.$Shape; sc1?: null; sr1?: null }|{ payload?: "sc1"; sc0?: null; sr0?: null; sc1: S2SessionCmd1.$Shape; sr1?: null }|{ payload?: "sr1"; sc0?: null; sr0?: null; sc1?: null; sr1: S2SessionResp1.$Shape })
     * )} Sec2Payload.$Shape
     */

    /**
     * Constructs a new Sec2Payload.
     * @exports Sec2Payload
     * @classdesc Represents a Sec2Payload.
     * @constructor
     * @param {Sec2Payload.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const Sec2Payload = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Sec2Payload msg.
     * @member {Sec2MsgType} msg
     * @memberof Sec2Payload
     * @instance
     */
    Sec2Payload.prototype.msg = 0;

    /**
     * Sec2Payload sc0.
     * @member {S2SessionCmd0.$Properties|null|undefined} sc0
     * @memberof Sec2Payload
     * @instance
     */
    Sec2Payload.prototype.sc0 = null;

    /**
     * Sec2Payload sr0.
     * @member {S2SessionResp0.$Properties|null|undefined} sr0
     * @memberof Sec2Payload
     * @instance
     */
    Sec2Payload.prototype.sr0 = null;

    /**
     * Sec2Payload sc1.
     * @member {S2SessionCmd1.$Properties|null|undefined} sc1
     * @memberof Sec2Payload
     * @instance
     */
    Sec2Payload.prototype.sc1 = null;

    /**
     * Sec2Payload sr1.
     * @member {S2SessionResp1.$Properties|null|undefined} sr1
     * @memberof Sec2Payload
     * @instance
     */
    Sec2Payload.prototype.sr1 = null;

    // OneOf field names bound to virtual getters and setters
    let $oneOfFields;

    /**
     * Sec2Payload payload.
     * @member {"sc0"|"sr0"|"sc1"|"sr1"|undefined} payload
     * @memberof Sec2Payload
     * @instance
     */
    $Object.defineProperty(Sec2Payload.prototype, "payload", {
        get: $util.oneOfGetter($oneOfFields = ["sc0", "sr0", "sc1", "sr1"]),
        set: $util.oneOfSetter($oneOfFields)
    });

    /**
     * Encodes the specified Sec2Payload message. Does not implicitly {@link Sec2Payload.verify|verify} messages.
     * @function encode
     * @memberof Sec2Payload
     * @static
     * @param {Sec2Payload.$Properties} message Sec2Payload message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    Sec2Payload.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.msg != null && $Object.hasOwnProperty.call(message, "msg") && message.msg !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.msg);
        if (message.sc0 != null && $Object.hasOwnProperty.call(message, "sc0"))
            $root.S2SessionCmd0.encode(message.sc0, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
        if (message.sr0 != null && $Object.hasOwnProperty.call(message, "sr0"))
            $root.S2SessionResp0.encode(message.sr0, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
        if (message.sc1 != null && $Object.hasOwnProperty.call(message, "sc1"))
            $root.S2SessionCmd1.encode(message.sc1, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
        if (message.sr1 != null && $Object.hasOwnProperty.call(message, "sr1"))
            $root.S2SessionResp1.encode(message.sr1, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a Sec2Payload message from the specified reader or buffer.
     * @function decode
     * @memberof Sec2Payload
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {Sec2Payload & Sec2Payload.$Shape} Sec2Payload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    Sec2Payload.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.Sec2Payload();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.msg = value;
                    else
                        delete message.msg;
                    continue;
                }
            case 20: {
                    if (wireType !== 2)
                        break;
                    message.sc0 = $root.S2SessionCmd0.decode(reader, reader.size(), $undefined, _depth + 1, message.sc0);
                    message.payload = "sc0";
                    continue;
                }
            case 21: {
                    if (wireType !== 2)
                        break;
                    message.sr0 = $root.S2SessionResp0.decode(reader, reader.size(), $undefined, _depth + 1, message.sr0);
                    message.payload = "sr0";
                    continue;
                }
            case 22: {
                    if (wireType !== 2)
                        break;
                    message.sc1 = $root.S2SessionCmd1.decode(reader, reader.size(), $undefined, _depth + 1, message.sc1);
                    message.payload = "sc1";
                    continue;
                }
            case 23: {
                    if (wireType !== 2)
                        break;
                    message.sr1 = $root.S2SessionResp1.decode(reader, reader.size(), $undefined, _depth + 1, message.sr1);
                    message.payload = "sr1";
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return Sec2Payload;
})();

/**
 * SecSchemeVersion enum.
 * @name SecSchemeVersion
 * @enum {number}
 * @property {number} SecScheme0=0 SecScheme0 value
 * @property {number} SecScheme1=1 SecScheme1 value
 * @property {number} SecScheme2=2 SecScheme2 value
 */
export const SecSchemeVersion = $root.SecSchemeVersion = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "SecScheme0"] = 0;
    values[valuesById[1] = "SecScheme1"] = 1;
    values[valuesById[2] = "SecScheme2"] = 2;
    return values;
})();

export const SessionData = $root.SessionData = (() => {

    /**
     * Properties of a SessionData.
     * @typedef {Object} SessionData.$Properties
     * @property {SecSchemeVersion|null} [secVer] SessionData secVer
     * @property {Sec0Payload.$Properties|null} [sec0] SessionData sec0
     * @property {Sec1Payload.$Properties|null} [sec1] SessionData sec1
     * @property {Sec2Payload.$Properties|null} [sec2] SessionData sec2
     * @property {"sec0"|"sec1"|"sec2"} [proto] SessionData proto
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a SessionData.
     * @exports ISessionData
     * @interface ISessionData
     * @augments SessionData.$Properties
     * @deprecated Use SessionData.$Properties instead.
     */

    /**
     * Narrowed shape of a SessionData.
     * @typedef {{
     *   secVer?: SecSchemeVersion|null;
     *   sec0?: Sec0Payload.$Shape|null;
     *   sec1?: Sec1Payload.$Shape|null;
     *   sec2?: Sec2Payload.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * } & (
     *   ({ proto?: undefined; sec0?: null; sec1?: null; sec2?: null }|{ proto?: "sec0"; sec0: Sec0Payload.$Shape; sec1?: null; sec2?: null }|{ proto?: "sec1"; sec0?: null; sec1: Sec1Payload.$Shape; sec2?: null }|{ proto?: "sec2"; sec0?: null; sec1?: null; sec2: Sec2Payload.$Shape })
     * )} SessionData.$Shape
     */

    /**
     * Constructs a new SessionData.
     * @exports SessionData
     * @classdesc Represents a SessionData.
     * @constructor
     * @param {SessionData.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const SessionData = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * SessionData secVer.
     * @member {SecSchemeVersion} secVer
     * @memberof SessionData
     * @instance
     */
    SessionData.prototype.secVer = 0;

    /**
     * SessionData sec0.
     * @member {Sec0Payload.$Properties|null|undefined} sec0
     * @memberof SessionData
     * @instance
     */
    SessionData.prototype.sec0 = null;

    /**
     * SessionData sec1.
     * @member {Sec1Payload.$Properties|null|undefined} sec1
     * @memberof SessionData
     * @instance
     */
    SessionData.prototype.sec1 = null;

    /**
     * SessionData sec2.
     * @member {Sec2Payload.$Properties|null|undefined} sec2
     * @memberof SessionData
     * @instance
     */
    SessionData.prototype.sec2 = null;

    // OneOf field names bound to virtual getters and setters
    let $oneOfFields;

    /**
     * SessionData proto.
     * @member {"sec0"|"sec1"|"sec2"|undefined} proto
     * @memberof SessionData
     * @instance
     */
    $Object.defineProperty(SessionData.prototype, "proto", {
        get: $util.oneOfGetter($oneOfFields = ["sec0", "sec1", "sec2"]),
        set: $util.oneOfSetter($oneOfFields)
    });

    /**
     * Encodes the specified SessionData message. Does not implicitly {@link SessionData.verify|verify} messages.
     * @function encode
     * @memberof SessionData
     * @static
     * @param {SessionData.$Properties} message SessionData message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    SessionData.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.secVer != null && $Object.hasOwnProperty.call(message, "secVer") && message.secVer !== 0)
            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.secVer);
        if (message.sec0 != null && $Object.hasOwnProperty.call(message, "sec0"))
            $root.Sec0Payload.encode(message.sec0, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
        if (message.sec1 != null && $Object.hasOwnProperty.call(message, "sec1"))
            $root.Sec1Payload.encode(message.sec1, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
        if (message.sec2 != null && $Object.hasOwnProperty.call(message, "sec2"))
            $root.Sec2Payload.encode(message.sec2, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a SessionData message from the specified reader or buffer.
     * @function decode
     * @memberof SessionData
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {SessionData & SessionData.$Shape} SessionData
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    SessionData.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.SessionData();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 2: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.secVer = value;
                    else
                        delete message.secVer;
                    continue;
                }
            case 10: {
                    if (wireType !== 2)
                        break;
                    message.sec0 = $root.Sec0Payload.decode(reader, reader.size(), $undefined, _depth + 1, message.sec0);
                    message.proto = "sec0";
                    continue;
                }
            case 11: {
                    if (wireType !== 2)
                        break;
                    message.sec1 = $root.Sec1Payload.decode(reader, reader.size(), $undefined, _depth + 1, message.sec1);
                    message.proto = "sec1";
                    continue;
                }
            case 12: {
                    if (wireType !== 2)
                        break;
                    message.sec2 = $root.Sec2Payload.decode(reader, reader.size(), $undefined, _depth + 1, message.sec2);
                    message.proto = "sec2";
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return SessionData;
})();

export const CmdGetStatus = $root.CmdGetStatus = (() => {

    /**
     * Properties of a CmdGetStatus.
     * @typedef {Object} CmdGetStatus.$Properties
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a CmdGetStatus.
     * @exports ICmdGetStatus
     * @interface ICmdGetStatus
     * @augments CmdGetStatus.$Properties
     * @deprecated Use CmdGetStatus.$Properties instead.
     */

    /**
     * Shape of a CmdGetStatus.
     * @typedef {CmdGetStatus.$Properties} CmdGetStatus.$Shape
     */

    /**
     * Constructs a new CmdGetStatus.
     * @exports CmdGetStatus
     * @classdesc Represents a CmdGetStatus.
     * @constructor
     * @param {CmdGetStatus.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const CmdGetStatus = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Encodes the specified CmdGetStatus message. Does not implicitly {@link CmdGetStatus.verify|verify} messages.
     * @function encode
     * @memberof CmdGetStatus
     * @static
     * @param {CmdGetStatus.$Properties} message CmdGetStatus message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    CmdGetStatus.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a CmdGetStatus message from the specified reader or buffer.
     * @function decode
     * @memberof CmdGetStatus
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {CmdGetStatus & CmdGetStatus.$Shape} CmdGetStatus
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    CmdGetStatus.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.CmdGetStatus();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            reader.skipType(tag & 7, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return CmdGetStatus;
})();

export const RespGetStatus = $root.RespGetStatus = (() => {

    /**
     * Properties of a RespGetStatus.
     * @typedef {Object} RespGetStatus.$Properties
     * @property {Status|null} [status] RespGetStatus status
     * @property {WifiStationState|null} [staState] RespGetStatus staState
     * @property {WifiConnectFailedReason|null} [failReason] RespGetStatus failReason
     * @property {WifiConnectedState.$Properties|null} [connected] RespGetStatus connected
     * @property {WifiAttemptFailed.$Properties|null} [attemptFailed] RespGetStatus attemptFailed
     * @property {"failReason"|"connected"|"attemptFailed"} [state] RespGetStatus state
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RespGetStatus.
     * @exports IRespGetStatus
     * @interface IRespGetStatus
     * @augments RespGetStatus.$Properties
     * @deprecated Use RespGetStatus.$Properties instead.
     */

    /**
     * Narrowed shape of a RespGetStatus.
     * @typedef {{
     *   status?: Status|null;
     *   staState?: WifiStationState|null;
     *   failReason?: WifiConnectFailedReason|null;
     *   connected?: WifiConnectedState.$Shape|null;
     *   attemptFailed?: WifiAttemptFailed.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * } & (
     *   ({ state?: undefined; failReason?: null; connected?: null; attemptFailed?: null }|{ state?: "failReason"; failReason: WifiConnectFailedReason; connected?: null; attemptFailed?: null }|{ state?: "connected"; failReason?: null; connected: WifiConnectedState.$Shape; attemptFailed?: null }|{ state?: "attemptFailed"; failReason?: null; connected?: null; attemptFailed: WifiAttemptFailed.$Shape })
     * )} RespGetStatus.$Shape
     */

    /**
     * Constructs a new RespGetStatus.
     * @exports RespGetStatus
     * @classdesc Represents a RespGetStatus.
     * @constructor
     * @param {RespGetStatus.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RespGetStatus = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * RespGetStatus status.
     * @member {Status} status
     * @memberof RespGetStatus
     * @instance
     */
    RespGetStatus.prototype.status = 0;

    /**
     * RespGetStatus staState.
     * @member {WifiStationState} staState
     * @memberof RespGetStatus
     * @instance
     */
    RespGetStatus.prototype.staState = 0;

    /**
     * RespGetStatus failReason.
     * @member {WifiConnectFailedReason|null|undefined} failReason
     * @memberof RespGetStatus
     * @instance
     */
    RespGetStatus.prototype.failReason = null;

    /**
     * RespGetStatus connected.
     * @member {WifiConnectedState.$Properties|null|undefined} connected
     * @memberof RespGetStatus
     * @instance
     */
    RespGetStatus.prototype.connected = null;

    /**
     * RespGetStatus attemptFailed.
     * @member {WifiAttemptFailed.$Properties|null|undefined} attemptFailed
     * @memberof RespGetStatus
     * @instance
     */
    RespGetStatus.prototype.attemptFailed = null;

    // OneOf field names bound to virtual getters and setters
    let $oneOfFields;

    /**
     * RespGetStatus state.
     * @member {"failReason"|"connected"|"attemptFailed"|undefined} state
     * @memberof RespGetStatus
     * @instance
     */
    $Object.defineProperty(RespGetStatus.prototype, "state", {
        get: $util.oneOfGetter($oneOfFields = ["failReason", "connected", "attemptFailed"]),
        set: $util.oneOfSetter($oneOfFields)
    });

    /**
     * Encodes the specified RespGetStatus message. Does not implicitly {@link RespGetStatus.verify|verify} messages.
     * @function encode
     * @memberof RespGetStatus
     * @static
     * @param {RespGetStatus.$Properties} message RespGetStatus message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RespGetStatus.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
        if (message.staState != null && $Object.hasOwnProperty.call(message, "staState") && message.staState !== 0)
            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.staState);
        if (message.failReason != null && $Object.hasOwnProperty.call(message, "failReason"))
            writer.uint32(/* id 10, wireType 0 =*/80).int32(message.failReason);
        if (message.connected != null && $Object.hasOwnProperty.call(message, "connected"))
            $root.WifiConnectedState.encode(message.connected, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
        if (message.attemptFailed != null && $Object.hasOwnProperty.call(message, "attemptFailed"))
            $root.WifiAttemptFailed.encode(message.attemptFailed, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a RespGetStatus message from the specified reader or buffer.
     * @function decode
     * @memberof RespGetStatus
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {RespGetStatus & RespGetStatus.$Shape} RespGetStatus
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RespGetStatus.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.RespGetStatus();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.status = value;
                    else
                        delete message.status;
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.staState = value;
                    else
                        delete message.staState;
                    continue;
                }
            case 10: {
                    if (wireType !== 0)
                        break;
                    message.failReason = reader.int32();
                    message.state = "failReason";
                    continue;
                }
            case 11: {
                    if (wireType !== 2)
                        break;
                    message.connected = $root.WifiConnectedState.decode(reader, reader.size(), $undefined, _depth + 1, message.connected);
                    message.state = "connected";
                    continue;
                }
            case 12: {
                    if (wireType !== 2)
                        break;
                    message.attemptFailed = $root.WifiAttemptFailed.decode(reader, reader.size(), $undefined, _depth + 1, message.attemptFailed);
                    message.state = "attemptFailed";
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return RespGetStatus;
})();

export const CmdSetConfig = $root.CmdSetConfig = (() => {

    /**
     * Properties of a CmdSetConfig.
     * @typedef {Object} CmdSetConfig.$Properties
     * @property {Uint8Array|null} [ssid] CmdSetConfig ssid
     * @property {Uint8Array|null} [passphrase] CmdSetConfig passphrase
     * @property {Uint8Array|null} [bssid] CmdSetConfig bssid
     * @property {number|null} [channel] CmdSetConfig channel
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a CmdSetConfig.
     * @exports ICmdSetConfig
     * @interface ICmdSetConfig
     * @augments CmdSetConfig.$Properties
     * @deprecated Use CmdSetConfig.$Properties instead.
     */

    /**
     * Shape of a CmdSetConfig.
     * @typedef {CmdSetConfig.$Properties} CmdSetConfig.$Shape
     */

    /**
     * Constructs a new CmdSetConfig.
     * @exports CmdSetConfig
     * @classdesc Represents a CmdSetConfig.
     * @constructor
     * @param {CmdSetConfig.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const CmdSetConfig = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * CmdSetConfig ssid.
     * @member {Uint8Array} ssid
     * @memberof CmdSetConfig
     * @instance
     */
    CmdSetConfig.prototype.ssid = $util.newBuffer([]);

    /**
     * CmdSetConfig passphrase.
     * @member {Uint8Array} passphrase
     * @memberof CmdSetConfig
     * @instance
     */
    CmdSetConfig.prototype.passphrase = $util.newBuffer([]);

    /**
     * CmdSetConfig bssid.
     * @member {Uint8Array} bssid
     * @memberof CmdSetConfig
     * @instance
     */
    CmdSetConfig.prototype.bssid = $util.newBuffer([]);

    /**
     * CmdSetConfig channel.
     * @member {number} channel
     * @memberof CmdSetConfig
     * @instance
     */
    CmdSetConfig.prototype.channel = 0;

    /**
     * Encodes the specified CmdSetConfig message. Does not implicitly {@link CmdSetConfig.verify|verify} messages.
     * @function encode
     * @memberof CmdSetConfig
     * @static
     * @param {CmdSetConfig.$Properties} message CmdSetConfig message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    CmdSetConfig.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.ssid != null && $Object.hasOwnProperty.call(message, "ssid") && message.ssid.length)
            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ssid);
        if (message.passphrase != null && $Object.hasOwnProperty.call(message, "passphrase") && message.passphrase.length)
            writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.passphrase);
        if (message.bssid != null && $Object.hasOwnProperty.call(message, "bssid") && message.bssid.length)
            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.bssid);
        if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
            writer.uint32(/* id 4, wireType 0 =*/32).int32(message.channel);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a CmdSetConfig message from the specified reader or buffer.
     * @function decode
     * @memberof CmdSetConfig
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {CmdSetConfig & CmdSetConfig.$Shape} CmdSetConfig
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    CmdSetConfig.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.CmdSetConfig();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.ssid = value;
                    else
                        delete message.ssid;
                    continue;
                }
            case 2: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.passphrase = value;
                    else
                        delete message.passphrase;
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.bssid = value;
                    else
                        delete message.bssid;
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.channel = value;
                    else
                        delete message.channel;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return CmdSetConfig;
})();

export const RespSetConfig = $root.RespSetConfig = (() => {

    /**
     * Properties of a RespSetConfig.
     * @typedef {Object} RespSetConfig.$Properties
     * @property {Status|null} [status] RespSetConfig status
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RespSetConfig.
     * @exports IRespSetConfig
     * @interface IRespSetConfig
     * @augments RespSetConfig.$Properties
     * @deprecated Use RespSetConfig.$Properties instead.
     */

    /**
     * Shape of a RespSetConfig.
     * @typedef {RespSetConfig.$Properties} RespSetConfig.$Shape
     */

    /**
     * Constructs a new RespSetConfig.
     * @exports RespSetConfig
     * @classdesc Represents a RespSetConfig.
     * @constructor
     * @param {RespSetConfig.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RespSetConfig = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * RespSetConfig status.
     * @member {Status} status
     * @memberof RespSetConfig
     * @instance
     */
    RespSetConfig.prototype.status = 0;

    /**
     * Encodes the specified RespSetConfig message. Does not implicitly {@link RespSetConfig.verify|verify} messages.
     * @function encode
     * @memberof RespSetConfig
     * @static
     * @param {RespSetConfig.$Properties} message RespSetConfig message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RespSetConfig.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a RespSetConfig message from the specified reader or buffer.
     * @function decode
     * @memberof RespSetConfig
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {RespSetConfig & RespSetConfig.$Shape} RespSetConfig
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RespSetConfig.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.RespSetConfig();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.status = value;
                    else
                        delete message.status;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return RespSetConfig;
})();

export const CmdApplyConfig = $root.CmdApplyConfig = (() => {

    /**
     * Properties of a CmdApplyConfig.
     * @typedef {Object} CmdApplyConfig.$Properties
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a CmdApplyConfig.
     * @exports ICmdApplyConfig
     * @interface ICmdApplyConfig
     * @augments CmdApplyConfig.$Properties
     * @deprecated Use CmdApplyConfig.$Properties instead.
     */

    /**
     * Shape of a CmdApplyConfig.
     * @typedef {CmdApplyConfig.$Properties} CmdApplyConfig.$Shape
     */

    /**
     * Constructs a new CmdApplyConfig.
     * @exports CmdApplyConfig
     * @classdesc Represents a CmdApplyConfig.
     * @constructor
     * @param {CmdApplyConfig.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const CmdApplyConfig = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Encodes the specified CmdApplyConfig message. Does not implicitly {@link CmdApplyConfig.verify|verify} messages.
     * @function encode
     * @memberof CmdApplyConfig
     * @static
     * @param {CmdApplyConfig.$Properties} message CmdApplyConfig message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    CmdApplyConfig.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a CmdApplyConfig message from the specified reader or buffer.
     * @function decode
     * @memberof CmdApplyConfig
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {CmdApplyConfig & CmdApplyConfig.$Shape} CmdApplyConfig
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    CmdApplyConfig.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.CmdApplyConfig();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            reader.skipType(tag & 7, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return CmdApplyConfig;
})();

export const RespApplyConfig = $root.RespApplyConfig = (() => {

    /**
     * Properties of a RespApplyConfig.
     * @typedef {Object} RespApplyConfig.$Properties
     * @property {Status|null} [status] RespApplyConfig status
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RespApplyConfig.
     * @exports IRespApplyConfig
     * @interface IRespApplyConfig
     * @augments RespApplyConfig.$Properties
     * @deprecated Use RespApplyConfig.$Properties instead.
     */

    /**
     * Shape of a RespApplyConfig.
     * @typedef {RespApplyConfig.$Properties} RespApplyConfig.$Shape
     */

    /**
     * Constructs a new RespApplyConfig.
     * @exports RespApplyConfig
     * @classdesc Represents a RespApplyConfig.
     * @constructor
     * @param {RespApplyConfig.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RespApplyConfig = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * RespApplyConfig status.
     * @member {Status} status
     * @memberof RespApplyConfig
     * @instance
     */
    RespApplyConfig.prototype.status = 0;

    /**
     * Encodes the specified RespApplyConfig message. Does not implicitly {@link RespApplyConfig.verify|verify} messages.
     * @function encode
     * @memberof RespApplyConfig
     * @static
     * @param {RespApplyConfig.$Properties} message RespApplyConfig message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RespApplyConfig.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.status);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a RespApplyConfig message from the specified reader or buffer.
     * @function decode
     * @memberof RespApplyConfig
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {RespApplyConfig & RespApplyConfig.$Shape} RespApplyConfig
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RespApplyConfig.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.RespApplyConfig();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.status = value;
                    else
                        delete message.status;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return RespApplyConfig;
})();

/**
 * WiFiConfigMsgType enum.
 * @name WiFiConfigMsgType
 * @enum {number}
 * @property {number} TypeCmdGetStatus=0 TypeCmdGetStatus value
 * @property {number} TypeRespGetStatus=1 TypeRespGetStatus value
 * @property {number} TypeCmdSetConfig=2 TypeCmdSetConfig value
 * @property {number} TypeRespSetConfig=3 TypeRespSetConfig value
 * @property {number} TypeCmdApplyConfig=4 TypeCmdApplyConfig value
 * @property {number} TypeRespApplyConfig=5 TypeRespApplyConfig value
 */
export const WiFiConfigMsgType = $root.WiFiConfigMsgType = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "TypeCmdGetStatus"] = 0;
    values[valuesById[1] = "TypeRespGetStatus"] = 1;
    values[valuesById[2] = "TypeCmdSetConfig"] = 2;
    values[valuesById[3] = "TypeRespSetConfig"] = 3;
    values[valuesById[4] = "TypeCmdApplyConfig"] = 4;
    values[valuesById[5] = "TypeRespApplyConfig"] = 5;
    return values;
})();

export const WiFiConfigPayload = $root.WiFiConfigPayload = (() => {

    /**
     * Properties of a WiFiConfigPayload.
     * @typedef {Object} WiFiConfigPayload.$Properties
     * @property {WiFiConfigMsgType|null} [msg] WiFiConfigPayload msg
     * @property {CmdGetStatus.$Properties|null} [cmdGetStatus] WiFiConfigPayload cmdGetStatus
     * @property {RespGetStatus.$Properties|null} [respGetStatus] WiFiConfigPayload respGetStatus
     * @property {CmdSetConfig.$Properties|null} [cmdSetConfig] WiFiConfigPayload cmdSetConfig
     * @property {RespSetConfig.$Properties|null} [respSetConfig] WiFiConfigPayload respSetConfig
     * @property {CmdApplyConfig.$Properties|null} [cmdApplyConfig] WiFiConfigPayload cmdApplyConfig
     * @property {RespApplyConfig.$Properties|null} [respApplyConfig] WiFiConfigPayload respApplyConfig
     * @property {"cmdGetStatus"|"respGetStatus"|"cmdSetConfig"|"respSetConfig"|"cmdApplyConfig"|"respApplyConfig"} [payload] WiFiConfigPayload payload
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a WiFiConfigPayload.
     * @exports IWiFiConfigPayload
     * @interface IWiFiConfigPayload
     * @augments WiFiConfigPayload.$Properties
     * @deprecated Use WiFiConfigPayload.$Properties instead.
     */

    /**
     * Narrowed shape of a WiFiConfigPayload.
     * @typedef {{
     *   msg?: WiFiConfigMsgType|null;
     *   cmdGetStatus?: CmdGetStatus.$Shape|null;
     *   respGetStatus?: RespGetStatus.$Shape|null;
     *   cmdSetConfig?: CmdSetConfig.$Shape|null;
     *   respSetConfig?: RespSetConfig.$Shape|null;
     *   cmdApplyConfig?: CmdApplyConfig.$Shape|null;
     *   respApplyConfig?: RespApplyConfig.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * } & (
     *   ({ payload?: undefined; cmdGetStatus?: null; respGetStatus?: null; cmdSetConfig?: null; respSetConfig?: null; cmdApplyConfig?: null; respApplyConfig?: null }|{ payload?: "cmdGetStatus"; cmdGetStatus: CmdGetStatus.$Shape; respGetStatus?: null; cmdSetConfig?: null; respSetConfig?: null; cmdApplyConfig?: null; respApplyConfig?: null }|{ payload?: "respGetStatus"; cmdGetStatus?: null; respGetStatus: RespGetStatus.$Shape; cmdSetConfig?: null; respSetConfig?: null; cmdApplyConfig?: null; respApplyConfig?: null }|{ payload?: "cmdSetConfig"; cmdGetStatus?: null; respGetStatus?: null; cmdSetConfig: CmdSetConfig.$Shape; respSetConfig?: null; cmdApplyConfig?: null; respApplyConfig?: null }|{ payload?: "respSetConfig"; cmdGetStatus?: null; respGetStatus?: null; cmdSetConfig?: null; respSetConfig: RespSetConfig.$Shape; cmdApplyConfig?: null; respApplyConfig?: null }|{ payload?: "cmdApplyConfig"; cmdGetStatus?: null; respGetStatus?: null; cmdSetConfig?: null; respSetConfig?: null; cmdApplyConfig: CmdApplyConfig.$Shape; respApplyConfig?: null }|{ payload?: "respApplyConfig"; cmdGetStatus?: null; respGetStatus?: null; cmdSetConfig?: null; respSetConfig?: null; cmdApplyConfig?: null; respApplyConfig: RespApplyConfig.$Shape })
     * )} WiFiConfigPayload.$Shape
     */

    /**
     * Constructs a new WiFiConfigPayload.
     * @exports WiFiConfigPayload
     * @classdesc Represents a WiFiConfigPayload.
     * @constructor
     * @param {WiFiConfigPayload.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const WiFiConfigPayload = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * WiFiConfigPayload msg.
     * @member {WiFiConfigMsgType} msg
     * @memberof WiFiConfigPayload
     * @instance
     */
    WiFiConfigPayload.prototype.msg = 0;

    /**
     * WiFiConfigPayload cmdGetStatus.
     * @member {CmdGetStatus.$Properties|null|undefined} cmdGetStatus
     * @memberof WiFiConfigPayload
     * @instance
     */
    WiFiConfigPayload.prototype.cmdGetStatus = null;

    /**
     * WiFiConfigPayload respGetStatus.
     * @member {RespGetStatus.$Properties|null|undefined} respGetStatus
     * @memberof WiFiConfigPayload
     * @instance
     */
    WiFiConfigPayload.prototype.respGetStatus = null;

    /**
     * WiFiConfigPayload cmdSetConfig.
     * @member {CmdSetConfig.$Properties|null|undefined} cmdSetConfig
     * @memberof WiFiConfigPayload
     * @instance
     */
    WiFiConfigPayload.prototype.cmdSetConfig = null;

    /**
     * WiFiConfigPayload respSetConfig.
     * @member {RespSetConfig.$Properties|null|undefined} respSetConfig
     * @memberof WiFiConfigPayload
     * @instance
     */
    WiFiConfigPayload.prototype.respSetConfig = null;

    /**
     * WiFiConfigPayload cmdApplyConfig.
     * @member {CmdApplyConfig.$Properties|null|undefined} cmdApplyConfig
     * @memberof WiFiConfigPayload
     * @instance
     */
    WiFiConfigPayload.prototype.cmdApplyConfig = null;

    /**
     * WiFiConfigPayload respApplyConfig.
     * @member {RespApplyConfig.$Properties|null|undefined} respApplyConfig
     * @memberof WiFiConfigPayload
     * @instance
     */
    WiFiConfigPayload.prototype.respApplyConfig = null;

    // OneOf field names bound to virtual getters and setters
    let $oneOfFields;

    /**
     * WiFiConfigPayload payload.
     * @member {"cmdGetStatus"|"respGetStatus"|"cmdSetConfig"|"respSetConfig"|"cmdApplyConfig"|"respApplyConfig"|undefined} payload
     * @memberof WiFiConfigPayload
     * @instance
     */
    $Object.defineProperty(WiFiConfigPayload.prototype, "payload", {
        get: $util.oneOfGetter($oneOfFields = ["cmdGetStatus", "respGetStatus", "cmdSetConfig", "respSetConfig", "cmdApplyConfig", "respApplyConfig"]),
        set: $util.oneOfSetter($oneOfFields)
    });

    /**
     * Encodes the specified WiFiConfigPayload message. Does not implicitly {@link WiFiConfigPayload.verify|verify} messages.
     * @function encode
     * @memberof WiFiConfigPayload
     * @static
     * @param {WiFiConfigPayload.$Properties} message WiFiConfigPayload message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    WiFiConfigPayload.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.msg != null && $Object.hasOwnProperty.call(message, "msg") && message.msg !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.msg);
        if (message.cmdGetStatus != null && $Object.hasOwnProperty.call(message, "cmdGetStatus"))
            $root.CmdGetStatus.encode(message.cmdGetStatus, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
        if (message.respGetStatus != null && $Object.hasOwnProperty.call(message, "respGetStatus"))
            $root.RespGetStatus.encode(message.respGetStatus, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
        if (message.cmdSetConfig != null && $Object.hasOwnProperty.call(message, "cmdSetConfig"))
            $root.CmdSetConfig.encode(message.cmdSetConfig, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
        if (message.respSetConfig != null && $Object.hasOwnProperty.call(message, "respSetConfig"))
            $root.RespSetConfig.encode(message.respSetConfig, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
        if (message.cmdApplyConfig != null && $Object.hasOwnProperty.call(message, "cmdApplyConfig"))
            $root.CmdApplyConfig.encode(message.cmdApplyConfig, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
        if (message.respApplyConfig != null && $Object.hasOwnProperty.call(message, "respApplyConfig"))
            $root.RespApplyConfig.encode(message.respApplyConfig, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a WiFiConfigPayload message from the specified reader or buffer.
     * @function decode
     * @memberof WiFiConfigPayload
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {WiFiConfigPayload & WiFiConfigPayload.$Shape} WiFiConfigPayload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    WiFiConfigPayload.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.WiFiConfigPayload();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.msg = value;
                    else
                        delete message.msg;
                    continue;
                }
            case 10: {
                    if (wireType !== 2)
                        break;
                    message.cmdGetStatus = $root.CmdGetStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.cmdGetStatus);
                    message.payload = "cmdGetStatus";
                    continue;
                }
            case 11: {
                    if (wireType !== 2)
                        break;
                    message.respGetStatus = $root.RespGetStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.respGetStatus);
                    message.payload = "respGetStatus";
                    continue;
                }
            case 12: {
                    if (wireType !== 2)
                        break;
                    message.cmdSetConfig = $root.CmdSetConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.cmdSetConfig);
                    message.payload = "cmdSetConfig";
                    continue;
                }
            case 13: {
                    if (wireType !== 2)
                        break;
                    message.respSetConfig = $root.RespSetConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.respSetConfig);
                    message.payload = "respSetConfig";
                    continue;
                }
            case 14: {
                    if (wireType !== 2)
                        break;
                    message.cmdApplyConfig = $root.CmdApplyConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.cmdApplyConfig);
                    message.payload = "cmdApplyConfig";
                    continue;
                }
            case 15: {
                    if (wireType !== 2)
                        break;
                    message.respApplyConfig = $root.RespApplyConfig.decode(reader, reader.size(), $undefined, _depth + 1, message.respApplyConfig);
                    message.payload = "respApplyConfig";
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return WiFiConfigPayload;
})();

/**
 * WifiStationState enum.
 * @name WifiStationState
 * @enum {number}
 * @property {number} Connected=0 Connected value
 * @property {number} Connecting=1 Connecting value
 * @property {number} Disconnected=2 Disconnected value
 * @property {number} ConnectionFailed=3 ConnectionFailed value
 */
export const WifiStationState = $root.WifiStationState = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "Connected"] = 0;
    values[valuesById[1] = "Connecting"] = 1;
    values[valuesById[2] = "Disconnected"] = 2;
    values[valuesById[3] = "ConnectionFailed"] = 3;
    return values;
})();

/**
 * WifiConnectFailedReason enum.
 * @name WifiConnectFailedReason
 * @enum {number}
 * @property {number} AuthError=0 AuthError value
 * @property {number} NetworkNotFound=1 NetworkNotFound value
 */
export const WifiConnectFailedReason = $root.WifiConnectFailedReason = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "AuthError"] = 0;
    values[valuesById[1] = "NetworkNotFound"] = 1;
    return values;
})();

/**
 * WifiAuthMode enum.
 * @name WifiAuthMode
 * @enum {number}
 * @property {number} Open=0 Open value
 * @property {number} WEP=1 WEP value
 * @property {number} WPA_PSK=2 WPA_PSK value
 * @property {number} WPA2_PSK=3 WPA2_PSK value
 * @property {number} WPA_WPA2_PSK=4 WPA_WPA2_PSK value
 * @property {number} WPA2_ENTERPRISE=5 WPA2_ENTERPRISE value
 * @property {number} WPA3_PSK=6 WPA3_PSK value
 * @property {number} WPA2_WPA3_PSK=7 WPA2_WPA3_PSK value
 */
export const WifiAuthMode = $root.WifiAuthMode = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "Open"] = 0;
    values[valuesById[1] = "WEP"] = 1;
    values[valuesById[2] = "WPA_PSK"] = 2;
    values[valuesById[3] = "WPA2_PSK"] = 3;
    values[valuesById[4] = "WPA_WPA2_PSK"] = 4;
    values[valuesById[5] = "WPA2_ENTERPRISE"] = 5;
    values[valuesById[6] = "WPA3_PSK"] = 6;
    values[valuesById[7] = "WPA2_WPA3_PSK"] = 7;
    return values;
})();

export const WifiConnectedState = $root.WifiConnectedState = (() => {

    /**
     * Properties of a WifiConnectedState.
     * @typedef {Object} WifiConnectedState.$Properties
     * @property {string|null} [ip4Addr] WifiConnectedState ip4Addr
     * @property {WifiAuthMode|null} [authMode] WifiConnectedState authMode
     * @property {Uint8Array|null} [ssid] WifiConnectedState ssid
     * @property {Uint8Array|null} [bssid] WifiConnectedState bssid
     * @property {number|null} [channel] WifiConnectedState channel
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a WifiConnectedState.
     * @exports IWifiConnectedState
     * @interface IWifiConnectedState
     * @augments WifiConnectedState.$Properties
     * @deprecated Use WifiConnectedState.$Properties instead.
     */

    /**
     * Shape of a WifiConnectedState.
     * @typedef {WifiConnectedState.$Properties} WifiConnectedState.$Shape
     */

    /**
     * Constructs a new WifiConnectedState.
     * @exports WifiConnectedState
     * @classdesc Represents a WifiConnectedState.
     * @constructor
     * @param {WifiConnectedState.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const WifiConnectedState = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * WifiConnectedState ip4Addr.
     * @member {string} ip4Addr
     * @memberof WifiConnectedState
     * @instance
     */
    WifiConnectedState.prototype.ip4Addr = "";

    /**
     * WifiConnectedState authMode.
     * @member {WifiAuthMode} authMode
     * @memberof WifiConnectedState
     * @instance
     */
    WifiConnectedState.prototype.authMode = 0;

    /**
     * WifiConnectedState ssid.
     * @member {Uint8Array} ssid
     * @memberof WifiConnectedState
     * @instance
     */
    WifiConnectedState.prototype.ssid = $util.newBuffer([]);

    /**
     * WifiConnectedState bssid.
     * @member {Uint8Array} bssid
     * @memberof WifiConnectedState
     * @instance
     */
    WifiConnectedState.prototype.bssid = $util.newBuffer([]);

    /**
     * WifiConnectedState channel.
     * @member {number} channel
     * @memberof WifiConnectedState
     * @instance
     */
    WifiConnectedState.prototype.channel = 0;

    /**
     * Encodes the specified WifiConnectedState message. Does not implicitly {@link WifiConnectedState.verify|verify} messages.
     * @function encode
     * @memberof WifiConnectedState
     * @static
     * @param {WifiConnectedState.$Properties} message WifiConnectedState message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    WifiConnectedState.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.ip4Addr != null && $Object.hasOwnProperty.call(message, "ip4Addr") && message.ip4Addr !== "")
            writer.uint32(/* id 1, wireType 2 =*/10).string(message.ip4Addr);
        if (message.authMode != null && $Object.hasOwnProperty.call(message, "authMode") && message.authMode !== 0)
            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.authMode);
        if (message.ssid != null && $Object.hasOwnProperty.call(message, "ssid") && message.ssid.length)
            writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ssid);
        if (message.bssid != null && $Object.hasOwnProperty.call(message, "bssid") && message.bssid.length)
            writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.bssid);
        if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
            writer.uint32(/* id 5, wireType 0 =*/40).int32(message.channel);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a WifiConnectedState message from the specified reader or buffer.
     * @function decode
     * @memberof WifiConnectedState
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {WifiConnectedState & WifiConnectedState.$Shape} WifiConnectedState
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    WifiConnectedState.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.WifiConnectedState();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.stringVerify()).length)
                        message.ip4Addr = value;
                    else
                        delete message.ip4Addr;
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.authMode = value;
                    else
                        delete message.authMode;
                    continue;
                }
            case 3: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.ssid = value;
                    else
                        delete message.ssid;
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.bssid = value;
                    else
                        delete message.bssid;
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.channel = value;
                    else
                        delete message.channel;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return WifiConnectedState;
})();

export const WifiAttemptFailed = $root.WifiAttemptFailed = (() => {

    /**
     * Properties of a WifiAttemptFailed.
     * @typedef {Object} WifiAttemptFailed.$Properties
     * @property {number|null} [attemptsRemaining] WifiAttemptFailed attemptsRemaining
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a WifiAttemptFailed.
     * @exports IWifiAttemptFailed
     * @interface IWifiAttemptFailed
     * @augments WifiAttemptFailed.$Properties
     * @deprecated Use WifiAttemptFailed.$Properties instead.
     */

    /**
     * Shape of a WifiAttemptFailed.
     * @typedef {WifiAttemptFailed.$Properties} WifiAttemptFailed.$Shape
     */

    /**
     * Constructs a new WifiAttemptFailed.
     * @exports WifiAttemptFailed
     * @classdesc Represents a WifiAttemptFailed.
     * @constructor
     * @param {WifiAttemptFailed.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const WifiAttemptFailed = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * WifiAttemptFailed attemptsRemaining.
     * @member {number} attemptsRemaining
     * @memberof WifiAttemptFailed
     * @instance
     */
    WifiAttemptFailed.prototype.attemptsRemaining = 0;

    /**
     * Encodes the specified WifiAttemptFailed message. Does not implicitly {@link WifiAttemptFailed.verify|verify} messages.
     * @function encode
     * @memberof WifiAttemptFailed
     * @static
     * @param {WifiAttemptFailed.$Properties} message WifiAttemptFailed message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    WifiAttemptFailed.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.attemptsRemaining != null && $Object.hasOwnProperty.call(message, "attemptsRemaining") && message.attemptsRemaining !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.attemptsRemaining);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a WifiAttemptFailed message from the specified reader or buffer.
     * @function decode
     * @memberof WifiAttemptFailed
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {WifiAttemptFailed & WifiAttemptFailed.$Shape} WifiAttemptFailed
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    WifiAttemptFailed.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.WifiAttemptFailed();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.uint32())
                        message.attemptsRemaining = value;
                    else
                        delete message.attemptsRemaining;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return WifiAttemptFailed;
})();

export const CmdCtrlReset = $root.CmdCtrlReset = (() => {

    /**
     * Properties of a CmdCtrlReset.
     * @typedef {Object} CmdCtrlReset.$Properties
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a CmdCtrlReset.
     * @exports ICmdCtrlReset
     * @interface ICmdCtrlReset
     * @augments CmdCtrlReset.$Properties
     * @deprecated Use CmdCtrlReset.$Properties instead.
     */

    /**
     * Shape of a CmdCtrlReset.
     * @typedef {CmdCtrlReset.$Properties} CmdCtrlReset.$Shape
     */

    /**
     * Constructs a new CmdCtrlReset.
     * @exports CmdCtrlReset
     * @classdesc Represents a CmdCtrlReset.
     * @constructor
     * @param {CmdCtrlReset.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const CmdCtrlReset = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Encodes the specified CmdCtrlReset message. Does not implicitly {@link CmdCtrlReset.verify|verify} messages.
     * @function encode
     * @memberof CmdCtrlReset
     * @static
     * @param {CmdCtrlReset.$Properties} message CmdCtrlReset message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    CmdCtrlReset.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a CmdCtrlReset message from the specified reader or buffer.
     * @function decode
     * @memberof CmdCtrlReset
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {CmdCtrlReset & CmdCtrlReset.$Shape} CmdCtrlReset
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    CmdCtrlReset.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.CmdCtrlReset();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            reader.skipType(tag & 7, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return CmdCtrlReset;
})();

export const RespCtrlReset = $root.RespCtrlReset = (() => {

    /**
     * Properties of a RespCtrlReset.
     * @typedef {Object} RespCtrlReset.$Properties
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RespCtrlReset.
     * @exports IRespCtrlReset
     * @interface IRespCtrlReset
     * @augments RespCtrlReset.$Properties
     * @deprecated Use RespCtrlReset.$Properties instead.
     */

    /**
     * Shape of a RespCtrlReset.
     * @typedef {RespCtrlReset.$Properties} RespCtrlReset.$Shape
     */

    /**
     * Constructs a new RespCtrlReset.
     * @exports RespCtrlReset
     * @classdesc Represents a RespCtrlReset.
     * @constructor
     * @param {RespCtrlReset.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RespCtrlReset = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Encodes the specified RespCtrlReset message. Does not implicitly {@link RespCtrlReset.verify|verify} messages.
     * @function encode
     * @memberof RespCtrlReset
     * @static
     * @param {RespCtrlReset.$Properties} message RespCtrlReset message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RespCtrlReset.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a RespCtrlReset message from the specified reader or buffer.
     * @function decode
     * @memberof RespCtrlReset
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {RespCtrlReset & RespCtrlReset.$Shape} RespCtrlReset
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RespCtrlReset.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.RespCtrlReset();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            reader.skipType(tag & 7, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return RespCtrlReset;
})();

export const CmdCtrlReprov = $root.CmdCtrlReprov = (() => {

    /**
     * Properties of a CmdCtrlReprov.
     * @typedef {Object} CmdCtrlReprov.$Properties
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a CmdCtrlReprov.
     * @exports ICmdCtrlReprov
     * @interface ICmdCtrlReprov
     * @augments CmdCtrlReprov.$Properties
     * @deprecated Use CmdCtrlReprov.$Properties instead.
     */

    /**
     * Shape of a CmdCtrlReprov.
     * @typedef {CmdCtrlReprov.$Properties} CmdCtrlReprov.$Shape
     */

    /**
     * Constructs a new CmdCtrlReprov.
     * @exports CmdCtrlReprov
     * @classdesc Represents a CmdCtrlReprov.
     * @constructor
     * @param {CmdCtrlReprov.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const CmdCtrlReprov = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Encodes the specified CmdCtrlReprov message. Does not implicitly {@link CmdCtrlReprov.verify|verify} messages.
     * @function encode
     * @memberof CmdCtrlReprov
     * @static
     * @param {CmdCtrlReprov.$Properties} message CmdCtrlReprov message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    CmdCtrlReprov.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a CmdCtrlReprov message from the specified reader or buffer.
     * @function decode
     * @memberof CmdCtrlReprov
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {CmdCtrlReprov & CmdCtrlReprov.$Shape} CmdCtrlReprov
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    CmdCtrlReprov.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.CmdCtrlReprov();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            reader.skipType(tag & 7, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return CmdCtrlReprov;
})();

export const RespCtrlReprov = $root.RespCtrlReprov = (() => {

    /**
     * Properties of a RespCtrlReprov.
     * @typedef {Object} RespCtrlReprov.$Properties
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RespCtrlReprov.
     * @exports IRespCtrlReprov
     * @interface IRespCtrlReprov
     * @augments RespCtrlReprov.$Properties
     * @deprecated Use RespCtrlReprov.$Properties instead.
     */

    /**
     * Shape of a RespCtrlReprov.
     * @typedef {RespCtrlReprov.$Properties} RespCtrlReprov.$Shape
     */

    /**
     * Constructs a new RespCtrlReprov.
     * @exports RespCtrlReprov
     * @classdesc Represents a RespCtrlReprov.
     * @constructor
     * @param {RespCtrlReprov.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RespCtrlReprov = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Encodes the specified RespCtrlReprov message. Does not implicitly {@link RespCtrlReprov.verify|verify} messages.
     * @function encode
     * @memberof RespCtrlReprov
     * @static
     * @param {RespCtrlReprov.$Properties} message RespCtrlReprov message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RespCtrlReprov.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a RespCtrlReprov message from the specified reader or buffer.
     * @function decode
     * @memberof RespCtrlReprov
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {RespCtrlReprov & RespCtrlReprov.$Shape} RespCtrlReprov
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RespCtrlReprov.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.RespCtrlReprov();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            reader.skipType(tag & 7, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return RespCtrlReprov;
})();

/**
 * WiFiCtrlMsgType enum.
 * @name WiFiCtrlMsgType
 * @enum {number}
 * @property {number} TypeCtrlReserved=0 TypeCtrlReserved value
 * @property {number} TypeCmdCtrlReset=1 TypeCmdCtrlReset value
 * @property {number} TypeRespCtrlReset=2 TypeRespCtrlReset value
 * @property {number} TypeCmdCtrlReprov=3 TypeCmdCtrlReprov value
 * @property {number} TypeRespCtrlReprov=4 TypeRespCtrlReprov value
 */
export const WiFiCtrlMsgType = $root.WiFiCtrlMsgType = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "TypeCtrlReserved"] = 0;
    values[valuesById[1] = "TypeCmdCtrlReset"] = 1;
    values[valuesById[2] = "TypeRespCtrlReset"] = 2;
    values[valuesById[3] = "TypeCmdCtrlReprov"] = 3;
    values[valuesById[4] = "TypeRespCtrlReprov"] = 4;
    return values;
})();

export const WiFiCtrlPayload = $root.WiFiCtrlPayload = (() => {

    /**
     * Properties of a WiFiCtrlPayload.
     * @typedef {Object} WiFiCtrlPayload.$Properties
     * @property {WiFiCtrlMsgType|null} [msg] WiFiCtrlPayload msg
     * @property {Status|null} [status] WiFiCtrlPayload status
     * @property {CmdCtrlReset.$Properties|null} [cmdCtrlReset] WiFiCtrlPayload cmdCtrlReset
     * @property {RespCtrlReset.$Properties|null} [respCtrlReset] WiFiCtrlPayload respCtrlReset
     * @property {CmdCtrlReprov.$Properties|null} [cmdCtrlReprov] WiFiCtrlPayload cmdCtrlReprov
     * @property {RespCtrlReprov.$Properties|null} [respCtrlReprov] WiFiCtrlPayload respCtrlReprov
     * @property {"cmdCtrlReset"|"respCtrlReset"|"cmdCtrlReprov"|"respCtrlReprov"} [payload] WiFiCtrlPayload payload
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a WiFiCtrlPayload.
     * @exports IWiFiCtrlPayload
     * @interface IWiFiCtrlPayload
     * @augments WiFiCtrlPayload.$Properties
     * @deprecated Use WiFiCtrlPayload.$Properties instead.
     */

    /**
     * Narrowed shape of a WiFiCtrlPayload.
     * @typedef {{
     *   msg?: WiFiCtrlMsgType|null;
     *   status?: Status|null;
     *   cmdCtrlReset?: CmdCtrlReset.$Shape|null;
     *   respCtrlReset?: RespCtrlReset.$Shape|null;
     *   cmdCtrlReprov?: CmdCtrlReprov.$Shape|null;
     *   respCtrlReprov?: RespCtrlReprov.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * } & (
     *   ({ payload?: undefined; cmdCtrlReset?: null; respCtrlReset?: null; cmdCtrlReprov?: null; respCtrlReprov?: null }|{ payload?: "cmdCtrlReset"; cmdCtrlReset: CmdCtrlReset.$Shape; respCtrlReset?: null; cmdCtrlReprov?: null; respCtrlReprov?: null }|{ payload?: "respCtrlReset"; cmdCtrlReset?: null; respCtrlReset: RespCtrlReset.$Shape; cmdCtrlReprov?: null; respCtrlReprov?: null }|{ payload?: "cmdCtrlReprov"; cmdCtrlReset?: null; respCtrlReset?: null; cmdCtrlReprov: CmdCtrlReprov.$Shape; respCtrlReprov?: null }|{ payload?: "respCtrlReprov"; cmdCtrlReset?: null; respCtrlReset?: null; cmdCtrlReprov?: null; respCtrlReprov: RespCtrlReprov.$Shape })
     * )} WiFiCtrlPayload.$Shape
     */

    /**
     * Constructs a new WiFiCtrlPayload.
     * @exports WiFiCtrlPayload
     * @classdesc Represents a WiFiCtrlPayload.
     * @constructor
     * @param {WiFiCtrlPayload.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const WiFiCtrlPayload = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * WiFiCtrlPayload msg.
     * @member {WiFiCtrlMsgType} msg
     * @memberof WiFiCtrlPayload
     * @instance
     */
    WiFiCtrlPayload.prototype.msg = 0;

    /**
     * WiFiCtrlPayload status.
     * @member {Status} status
     * @memberof WiFiCtrlPayload
     * @instance
     */
    WiFiCtrlPayload.prototype.status = 0;

    /**
     * WiFiCtrlPayload cmdCtrlReset.
     * @member {CmdCtrlReset.$Properties|null|undefined} cmdCtrlReset
     * @memberof WiFiCtrlPayload
     * @instance
     */
    WiFiCtrlPayload.prototype.cmdCtrlReset = null;

    /**
     * WiFiCtrlPayload respCtrlReset.
     * @member {RespCtrlReset.$Properties|null|undefined} respCtrlReset
     * @memberof WiFiCtrlPayload
     * @instance
     */
    WiFiCtrlPayload.prototype.respCtrlReset = null;

    /**
     * WiFiCtrlPayload cmdCtrlReprov.
     * @member {CmdCtrlReprov.$Properties|null|undefined} cmdCtrlReprov
     * @memberof WiFiCtrlPayload
     * @instance
     */
    WiFiCtrlPayload.prototype.cmdCtrlReprov = null;

    /**
     * WiFiCtrlPayload respCtrlReprov.
     * @member {RespCtrlReprov.$Properties|null|undefined} respCtrlReprov
     * @memberof WiFiCtrlPayload
     * @instance
     */
    WiFiCtrlPayload.prototype.respCtrlReprov = null;

    // OneOf field names bound to virtual getters and setters
    let $oneOfFields;

    /**
     * WiFiCtrlPayload payload.
     * @member {"cmdCtrlReset"|"respCtrlReset"|"cmdCtrlReprov"|"respCtrlReprov"|undefined} payload
     * @memberof WiFiCtrlPayload
     * @instance
     */
    $Object.defineProperty(WiFiCtrlPayload.prototype, "payload", {
        get: $util.oneOfGetter($oneOfFields = ["cmdCtrlReset", "respCtrlReset", "cmdCtrlReprov", "respCtrlReprov"]),
        set: $util.oneOfSetter($oneOfFields)
    });

    /**
     * Encodes the specified WiFiCtrlPayload message. Does not implicitly {@link WiFiCtrlPayload.verify|verify} messages.
     * @function encode
     * @memberof WiFiCtrlPayload
     * @static
     * @param {WiFiCtrlPayload.$Properties} message WiFiCtrlPayload message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    WiFiCtrlPayload.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.msg != null && $Object.hasOwnProperty.call(message, "msg") && message.msg !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.msg);
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
        if (message.cmdCtrlReset != null && $Object.hasOwnProperty.call(message, "cmdCtrlReset"))
            $root.CmdCtrlReset.encode(message.cmdCtrlReset, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
        if (message.respCtrlReset != null && $Object.hasOwnProperty.call(message, "respCtrlReset"))
            $root.RespCtrlReset.encode(message.respCtrlReset, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
        if (message.cmdCtrlReprov != null && $Object.hasOwnProperty.call(message, "cmdCtrlReprov"))
            $root.CmdCtrlReprov.encode(message.cmdCtrlReprov, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
        if (message.respCtrlReprov != null && $Object.hasOwnProperty.call(message, "respCtrlReprov"))
            $root.RespCtrlReprov.encode(message.respCtrlReprov, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a WiFiCtrlPayload message from the specified reader or buffer.
     * @function decode
     * @memberof WiFiCtrlPayload
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {WiFiCtrlPayload & WiFiCtrlPayload.$Shape} WiFiCtrlPayload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    WiFiCtrlPayload.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.WiFiCtrlPayload();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.msg = value;
                    else
                        delete message.msg;
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.status = value;
                    else
                        delete message.status;
                    continue;
                }
            case 11: {
                    if (wireType !== 2)
                        break;
                    message.cmdCtrlReset = $root.CmdCtrlReset.decode(reader, reader.size(), $undefined, _depth + 1, message.cmdCtrlReset);
                    message.payload = "cmdCtrlReset";
                    continue;
                }
            case 12: {
                    if (wireType !== 2)
                        break;
                    message.respCtrlReset = $root.RespCtrlReset.decode(reader, reader.size(), $undefined, _depth + 1, message.respCtrlReset);
                    message.payload = "respCtrlReset";
                    continue;
                }
            case 13: {
                    if (wireType !== 2)
                        break;
                    message.cmdCtrlReprov = $root.CmdCtrlReprov.decode(reader, reader.size(), $undefined, _depth + 1, message.cmdCtrlReprov);
                    message.payload = "cmdCtrlReprov";
                    continue;
                }
            case 14: {
                    if (wireType !== 2)
                        break;
                    message.respCtrlReprov = $root.RespCtrlReprov.decode(reader, reader.size(), $undefined, _depth + 1, message.respCtrlReprov);
                    message.payload = "respCtrlReprov";
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return WiFiCtrlPayload;
})();

export const CmdScanStart = $root.CmdScanStart = (() => {

    /**
     * Properties of a CmdScanStart.
     * @typedef {Object} CmdScanStart.$Properties
     * @property {boolean|null} [blocking] CmdScanStart blocking
     * @property {boolean|null} [passive] CmdScanStart passive
     * @property {number|null} [groupChannels] CmdScanStart groupChannels
     * @property {number|null} [periodMs] CmdScanStart periodMs
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a CmdScanStart.
     * @exports ICmdScanStart
     * @interface ICmdScanStart
     * @augments CmdScanStart.$Properties
     * @deprecated Use CmdScanStart.$Properties instead.
     */

    /**
     * Shape of a CmdScanStart.
     * @typedef {CmdScanStart.$Properties} CmdScanStart.$Shape
     */

    /**
     * Constructs a new CmdScanStart.
     * @exports CmdScanStart
     * @classdesc Represents a CmdScanStart.
     * @constructor
     * @param {CmdScanStart.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const CmdScanStart = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * CmdScanStart blocking.
     * @member {boolean} blocking
     * @memberof CmdScanStart
     * @instance
     */
    CmdScanStart.prototype.blocking = false;

    /**
     * CmdScanStart passive.
     * @member {boolean} passive
     * @memberof CmdScanStart
     * @instance
     */
    CmdScanStart.prototype.passive = false;

    /**
     * CmdScanStart groupChannels.
     * @member {number} groupChannels
     * @memberof CmdScanStart
     * @instance
     */
    CmdScanStart.prototype.groupChannels = 0;

    /**
     * CmdScanStart periodMs.
     * @member {number} periodMs
     * @memberof CmdScanStart
     * @instance
     */
    CmdScanStart.prototype.periodMs = 0;

    /**
     * Encodes the specified CmdScanStart message. Does not implicitly {@link CmdScanStart.verify|verify} messages.
     * @function encode
     * @memberof CmdScanStart
     * @static
     * @param {CmdScanStart.$Properties} message CmdScanStart message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    CmdScanStart.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.blocking != null && $Object.hasOwnProperty.call(message, "blocking") && message.blocking !== false)
            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.blocking);
        if (message.passive != null && $Object.hasOwnProperty.call(message, "passive") && message.passive !== false)
            writer.uint32(/* id 2, wireType 0 =*/16).bool(message.passive);
        if (message.groupChannels != null && $Object.hasOwnProperty.call(message, "groupChannels") && message.groupChannels !== 0)
            writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.groupChannels);
        if (message.periodMs != null && $Object.hasOwnProperty.call(message, "periodMs") && message.periodMs !== 0)
            writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.periodMs);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a CmdScanStart message from the specified reader or buffer.
     * @function decode
     * @memberof CmdScanStart
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {CmdScanStart & CmdScanStart.$Shape} CmdScanStart
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    CmdScanStart.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.CmdScanStart();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.bool())
                        message.blocking = value;
                    else
                        delete message.blocking;
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.bool())
                        message.passive = value;
                    else
                        delete message.passive;
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.uint32())
                        message.groupChannels = value;
                    else
                        delete message.groupChannels;
                    continue;
                }
            case 4: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.uint32())
                        message.periodMs = value;
                    else
                        delete message.periodMs;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return CmdScanStart;
})();

export const RespScanStart = $root.RespScanStart = (() => {

    /**
     * Properties of a RespScanStart.
     * @typedef {Object} RespScanStart.$Properties
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RespScanStart.
     * @exports IRespScanStart
     * @interface IRespScanStart
     * @augments RespScanStart.$Properties
     * @deprecated Use RespScanStart.$Properties instead.
     */

    /**
     * Shape of a RespScanStart.
     * @typedef {RespScanStart.$Properties} RespScanStart.$Shape
     */

    /**
     * Constructs a new RespScanStart.
     * @exports RespScanStart
     * @classdesc Represents a RespScanStart.
     * @constructor
     * @param {RespScanStart.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RespScanStart = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Encodes the specified RespScanStart message. Does not implicitly {@link RespScanStart.verify|verify} messages.
     * @function encode
     * @memberof RespScanStart
     * @static
     * @param {RespScanStart.$Properties} message RespScanStart message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RespScanStart.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a RespScanStart message from the specified reader or buffer.
     * @function decode
     * @memberof RespScanStart
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {RespScanStart & RespScanStart.$Shape} RespScanStart
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RespScanStart.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.RespScanStart();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            reader.skipType(tag & 7, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return RespScanStart;
})();

export const CmdScanStatus = $root.CmdScanStatus = (() => {

    /**
     * Properties of a CmdScanStatus.
     * @typedef {Object} CmdScanStatus.$Properties
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a CmdScanStatus.
     * @exports ICmdScanStatus
     * @interface ICmdScanStatus
     * @augments CmdScanStatus.$Properties
     * @deprecated Use CmdScanStatus.$Properties instead.
     */

    /**
     * Shape of a CmdScanStatus.
     * @typedef {CmdScanStatus.$Properties} CmdScanStatus.$Shape
     */

    /**
     * Constructs a new CmdScanStatus.
     * @exports CmdScanStatus
     * @classdesc Represents a CmdScanStatus.
     * @constructor
     * @param {CmdScanStatus.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const CmdScanStatus = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * Encodes the specified CmdScanStatus message. Does not implicitly {@link CmdScanStatus.verify|verify} messages.
     * @function encode
     * @memberof CmdScanStatus
     * @static
     * @param {CmdScanStatus.$Properties} message CmdScanStatus message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    CmdScanStatus.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a CmdScanStatus message from the specified reader or buffer.
     * @function decode
     * @memberof CmdScanStatus
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {CmdScanStatus & CmdScanStatus.$Shape} CmdScanStatus
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    CmdScanStatus.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.CmdScanStatus();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            reader.skipType(tag & 7, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return CmdScanStatus;
})();

export const RespScanStatus = $root.RespScanStatus = (() => {

    /**
     * Properties of a RespScanStatus.
     * @typedef {Object} RespScanStatus.$Properties
     * @property {boolean|null} [scanFinished] RespScanStatus scanFinished
     * @property {number|null} [resultCount] RespScanStatus resultCount
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RespScanStatus.
     * @exports IRespScanStatus
     * @interface IRespScanStatus
     * @augments RespScanStatus.$Properties
     * @deprecated Use RespScanStatus.$Properties instead.
     */

    /**
     * Shape of a RespScanStatus.
     * @typedef {RespScanStatus.$Properties} RespScanStatus.$Shape
     */

    /**
     * Constructs a new RespScanStatus.
     * @exports RespScanStatus
     * @classdesc Represents a RespScanStatus.
     * @constructor
     * @param {RespScanStatus.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RespScanStatus = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * RespScanStatus scanFinished.
     * @member {boolean} scanFinished
     * @memberof RespScanStatus
     * @instance
     */
    RespScanStatus.prototype.scanFinished = false;

    /**
     * RespScanStatus resultCount.
     * @member {number} resultCount
     * @memberof RespScanStatus
     * @instance
     */
    RespScanStatus.prototype.resultCount = 0;

    /**
     * Encodes the specified RespScanStatus message. Does not implicitly {@link RespScanStatus.verify|verify} messages.
     * @function encode
     * @memberof RespScanStatus
     * @static
     * @param {RespScanStatus.$Properties} message RespScanStatus message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RespScanStatus.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.scanFinished != null && $Object.hasOwnProperty.call(message, "scanFinished") && message.scanFinished !== false)
            writer.uint32(/* id 1, wireType 0 =*/8).bool(message.scanFinished);
        if (message.resultCount != null && $Object.hasOwnProperty.call(message, "resultCount") && message.resultCount !== 0)
            writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.resultCount);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a RespScanStatus message from the specified reader or buffer.
     * @function decode
     * @memberof RespScanStatus
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {RespScanStatus & RespScanStatus.$Shape} RespScanStatus
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RespScanStatus.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.RespScanStatus();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.bool())
                        message.scanFinished = value;
                    else
                        delete message.scanFinished;
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.uint32())
                        message.resultCount = value;
                    else
                        delete message.resultCount;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return RespScanStatus;
})();

export const CmdScanResult = $root.CmdScanResult = (() => {

    /**
     * Properties of a CmdScanResult.
     * @typedef {Object} CmdScanResult.$Properties
     * @property {number|null} [startIndex] CmdScanResult startIndex
     * @property {number|null} [count] CmdScanResult count
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a CmdScanResult.
     * @exports ICmdScanResult
     * @interface ICmdScanResult
     * @augments CmdScanResult.$Properties
     * @deprecated Use CmdScanResult.$Properties instead.
     */

    /**
     * Shape of a CmdScanResult.
     * @typedef {CmdScanResult.$Properties} CmdScanResult.$Shape
     */

    /**
     * Constructs a new CmdScanResult.
     * @exports CmdScanResult
     * @classdesc Represents a CmdScanResult.
     * @constructor
     * @param {CmdScanResult.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const CmdScanResult = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * CmdScanResult startIndex.
     * @member {number} startIndex
     * @memberof CmdScanResult
     * @instance
     */
    CmdScanResult.prototype.startIndex = 0;

    /**
     * CmdScanResult count.
     * @member {number} count
     * @memberof CmdScanResult
     * @instance
     */
    CmdScanResult.prototype.count = 0;

    /**
     * Encodes the specified CmdScanResult message. Does not implicitly {@link CmdScanResult.verify|verify} messages.
     * @function encode
     * @memberof CmdScanResult
     * @static
     * @param {CmdScanResult.$Properties} message CmdScanResult message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    CmdScanResult.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.startIndex != null && $Object.hasOwnProperty.call(message, "startIndex") && message.startIndex !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.startIndex);
        if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
            writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.count);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a CmdScanResult message from the specified reader or buffer.
     * @function decode
     * @memberof CmdScanResult
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {CmdScanResult & CmdScanResult.$Shape} CmdScanResult
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    CmdScanResult.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.CmdScanResult();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.uint32())
                        message.startIndex = value;
                    else
                        delete message.startIndex;
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.uint32())
                        message.count = value;
                    else
                        delete message.count;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return CmdScanResult;
})();

export const WiFiScanResult = $root.WiFiScanResult = (() => {

    /**
     * Properties of a WiFiScanResult.
     * @typedef {Object} WiFiScanResult.$Properties
     * @property {Uint8Array|null} [ssid] WiFiScanResult ssid
     * @property {number|null} [channel] WiFiScanResult channel
     * @property {number|null} [rssi] WiFiScanResult rssi
     * @property {Uint8Array|null} [bssid] WiFiScanResult bssid
     * @property {WifiAuthMode|null} [auth] WiFiScanResult auth
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a WiFiScanResult.
     * @exports IWiFiScanResult
     * @interface IWiFiScanResult
     * @augments WiFiScanResult.$Properties
     * @deprecated Use WiFiScanResult.$Properties instead.
     */

    /**
     * Shape of a WiFiScanResult.
     * @typedef {WiFiScanResult.$Properties} WiFiScanResult.$Shape
     */

    /**
     * Constructs a new WiFiScanResult.
     * @exports WiFiScanResult
     * @classdesc Represents a WiFiScanResult.
     * @constructor
     * @param {WiFiScanResult.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const WiFiScanResult = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * WiFiScanResult ssid.
     * @member {Uint8Array} ssid
     * @memberof WiFiScanResult
     * @instance
     */
    WiFiScanResult.prototype.ssid = $util.newBuffer([]);

    /**
     * WiFiScanResult channel.
     * @member {number} channel
     * @memberof WiFiScanResult
     * @instance
     */
    WiFiScanResult.prototype.channel = 0;

    /**
     * WiFiScanResult rssi.
     * @member {number} rssi
     * @memberof WiFiScanResult
     * @instance
     */
    WiFiScanResult.prototype.rssi = 0;

    /**
     * WiFiScanResult bssid.
     * @member {Uint8Array} bssid
     * @memberof WiFiScanResult
     * @instance
     */
    WiFiScanResult.prototype.bssid = $util.newBuffer([]);

    /**
     * WiFiScanResult auth.
     * @member {WifiAuthMode} auth
     * @memberof WiFiScanResult
     * @instance
     */
    WiFiScanResult.prototype.auth = 0;

    /**
     * Encodes the specified WiFiScanResult message. Does not implicitly {@link WiFiScanResult.verify|verify} messages.
     * @function encode
     * @memberof WiFiScanResult
     * @static
     * @param {WiFiScanResult.$Properties} message WiFiScanResult message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    WiFiScanResult.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.ssid != null && $Object.hasOwnProperty.call(message, "ssid") && message.ssid.length)
            writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ssid);
        if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
            writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.channel);
        if (message.rssi != null && $Object.hasOwnProperty.call(message, "rssi") && message.rssi !== 0)
            writer.uint32(/* id 3, wireType 0 =*/24).int32(message.rssi);
        if (message.bssid != null && $Object.hasOwnProperty.call(message, "bssid") && message.bssid.length)
            writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.bssid);
        if (message.auth != null && $Object.hasOwnProperty.call(message, "auth") && message.auth !== 0)
            writer.uint32(/* id 5, wireType 0 =*/40).int32(message.auth);
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a WiFiScanResult message from the specified reader or buffer.
     * @function decode
     * @memberof WiFiScanResult
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {WiFiScanResult & WiFiScanResult.$Shape} WiFiScanResult
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    WiFiScanResult.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.WiFiScanResult();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.ssid = value;
                    else
                        delete message.ssid;
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.uint32())
                        message.channel = value;
                    else
                        delete message.channel;
                    continue;
                }
            case 3: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.rssi = value;
                    else
                        delete message.rssi;
                    continue;
                }
            case 4: {
                    if (wireType !== 2)
                        break;
                    if ((value = reader.bytes()).length)
                        message.bssid = value;
                    else
                        delete message.bssid;
                    continue;
                }
            case 5: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.auth = value;
                    else
                        delete message.auth;
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return WiFiScanResult;
})();

export const RespScanResult = $root.RespScanResult = (() => {

    /**
     * Properties of a RespScanResult.
     * @typedef {Object} RespScanResult.$Properties
     * @property {Array.<WiFiScanResult.$Properties>|null} [entries] RespScanResult entries
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a RespScanResult.
     * @exports IRespScanResult
     * @interface IRespScanResult
     * @augments RespScanResult.$Properties
     * @deprecated Use RespScanResult.$Properties instead.
     */

    /**
     * Shape of a RespScanResult.
     * @typedef {RespScanResult.$Properties} RespScanResult.$Shape
     */

    /**
     * Constructs a new RespScanResult.
     * @exports RespScanResult
     * @classdesc Represents a RespScanResult.
     * @constructor
     * @param {RespScanResult.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const RespScanResult = function (properties) {
        this.entries = [];
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * RespScanResult entries.
     * @member {Array.<WiFiScanResult.$Properties>} entries
     * @memberof RespScanResult
     * @instance
     */
    RespScanResult.prototype.entries = $util.emptyArray;

    /**
     * Encodes the specified RespScanResult message. Does not implicitly {@link RespScanResult.verify|verify} messages.
     * @function encode
     * @memberof RespScanResult
     * @static
     * @param {RespScanResult.$Properties} message RespScanResult message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    RespScanResult.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.entries != null && message.entries.length)
            for (let i = 0; i < message.entries.length; ++i)
                $root.WiFiScanResult.encode(message.entries[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a RespScanResult message from the specified reader or buffer.
     * @function decode
     * @memberof RespScanResult
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {RespScanResult & RespScanResult.$Shape} RespScanResult
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    RespScanResult.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.RespScanResult();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 2)
                        break;
                    if (!(message.entries && message.entries.length))
                        message.entries = [];
                    message.entries.push($root.WiFiScanResult.decode(reader, reader.size(), $undefined, _depth + 1));
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return RespScanResult;
})();

/**
 * WiFiScanMsgType enum.
 * @name WiFiScanMsgType
 * @enum {number}
 * @property {number} TypeCmdScanStart=0 TypeCmdScanStart value
 * @property {number} TypeRespScanStart=1 TypeRespScanStart value
 * @property {number} TypeCmdScanStatus=2 TypeCmdScanStatus value
 * @property {number} TypeRespScanStatus=3 TypeRespScanStatus value
 * @property {number} TypeCmdScanResult=4 TypeCmdScanResult value
 * @property {number} TypeRespScanResult=5 TypeRespScanResult value
 */
export const WiFiScanMsgType = $root.WiFiScanMsgType = (() => {
    const valuesById = $Object.create(null), values = $Object.create(valuesById);
    values[valuesById[0] = "TypeCmdScanStart"] = 0;
    values[valuesById[1] = "TypeRespScanStart"] = 1;
    values[valuesById[2] = "TypeCmdScanStatus"] = 2;
    values[valuesById[3] = "TypeRespScanStatus"] = 3;
    values[valuesById[4] = "TypeCmdScanResult"] = 4;
    values[valuesById[5] = "TypeRespScanResult"] = 5;
    return values;
})();

export const WiFiScanPayload = $root.WiFiScanPayload = (() => {

    /**
     * Properties of a WiFiScanPayload.
     * @typedef {Object} WiFiScanPayload.$Properties
     * @property {WiFiScanMsgType|null} [msg] WiFiScanPayload msg
     * @property {Status|null} [status] WiFiScanPayload status
     * @property {CmdScanStart.$Properties|null} [cmdScanStart] WiFiScanPayload cmdScanStart
     * @property {RespScanStart.$Properties|null} [respScanStart] WiFiScanPayload respScanStart
     * @property {CmdScanStatus.$Properties|null} [cmdScanStatus] WiFiScanPayload cmdScanStatus
     * @property {RespScanStatus.$Properties|null} [respScanStatus] WiFiScanPayload respScanStatus
     * @property {CmdScanResult.$Properties|null} [cmdScanResult] WiFiScanPayload cmdScanResult
     * @property {RespScanResult.$Properties|null} [respScanResult] WiFiScanPayload respScanResult
     * @property {"cmdScanStart"|"respScanStart"|"cmdScanStatus"|"respScanStatus"|"cmdScanResult"|"respScanResult"} [payload] WiFiScanPayload payload
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */

    /**
     * Properties of a WiFiScanPayload.
     * @exports IWiFiScanPayload
     * @interface IWiFiScanPayload
     * @augments WiFiScanPayload.$Properties
     * @deprecated Use WiFiScanPayload.$Properties instead.
     */

    /**
     * Narrowed shape of a WiFiScanPayload.
     * @typedef {{
     *   msg?: WiFiScanMsgType|null;
     *   status?: Status|null;
     *   cmdScanStart?: CmdScanStart.$Shape|null;
     *   respScanStart?: RespScanStart.$Shape|null;
     *   cmdScanStatus?: CmdScanStatus.$Shape|null;
     *   respScanStatus?: RespScanStatus.$Shape|null;
     *   cmdScanResult?: CmdScanResult.$Shape|null;
     *   respScanResult?: RespScanResult.$Shape|null;
     *   $unknowns?: Array.<Uint8Array>;
     * } & (
     *   ({ payload?: undefined; cmdScanStart?: null; respScanStart?: null; cmdScanStatus?: null; respScanStatus?: null; cmdScanResult?: null; respScanResult?: null }|{ payload?: "cmdScanStart"; cmdScanStart: CmdScanStart.$Shape; respScanStart?: null; cmdScanStatus?: null; respScanStatus?: null; cmdScanResult?: null; respScanResult?: null }|{ payload?: "respScanStart"; cmdScanStart?: null; respScanStart: RespScanStart.$Shape; cmdScanStatus?: null; respScanStatus?: null; cmdScanResult?: null; respScanResult?: null }|{ payload?: "cmdScanStatus"; cmdScanStart?: null; respScanStart?: null; cmdScanStatus: CmdScanStatus.$Shape; respScanStatus?: null; cmdScanResult?: null; respScanResult?: null }|{ payload?: "respScanStatus"; cmdScanStart?: null; respScanStart?: null; cmdScanStatus?: null; respScanStatus: RespScanStatus.$Shape; cmdScanResult?: null; respScanResult?: null }|{ payload?: "cmdScanResult"; cmdScanStart?: null; respScanStart?: null; cmdScanStatus?: null; respScanStatus?: null; cmdScanResult: CmdScanResult.$Shape; respScanResult?: null }|{ payload?: "respScanResult"; cmdScanStart?: null; respScanStart?: null; cmdScanStatus?: null; respScanStatus?: null; cmdScanResult?: null; respScanResult: RespScanResult.$Shape })
     * )} WiFiScanPayload.$Shape
     */

    /**
     * Constructs a new WiFiScanPayload.
     * @exports WiFiScanPayload
     * @classdesc Represents a WiFiScanPayload.
     * @constructor
     * @param {WiFiScanPayload.$Properties=} [properties] Properties to set
     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
     */
    const WiFiScanPayload = function (properties) {
        if (properties)
            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                    this[keys[i]] = properties[keys[i]];
    };

    /**
     * WiFiScanPayload msg.
     * @member {WiFiScanMsgType} msg
     * @memberof WiFiScanPayload
     * @instance
     */
    WiFiScanPayload.prototype.msg = 0;

    /**
     * WiFiScanPayload status.
     * @member {Status} status
     * @memberof WiFiScanPayload
     * @instance
     */
    WiFiScanPayload.prototype.status = 0;

    /**
     * WiFiScanPayload cmdScanStart.
     * @member {CmdScanStart.$Properties|null|undefined} cmdScanStart
     * @memberof WiFiScanPayload
     * @instance
     */
    WiFiScanPayload.prototype.cmdScanStart = null;

    /**
     * WiFiScanPayload respScanStart.
     * @member {RespScanStart.$Properties|null|undefined} respScanStart
     * @memberof WiFiScanPayload
     * @instance
     */
    WiFiScanPayload.prototype.respScanStart = null;

    /**
     * WiFiScanPayload cmdScanStatus.
     * @member {CmdScanStatus.$Properties|null|undefined} cmdScanStatus
     * @memberof WiFiScanPayload
     * @instance
     */
    WiFiScanPayload.prototype.cmdScanStatus = null;

    /**
     * WiFiScanPayload respScanStatus.
     * @member {RespScanStatus.$Properties|null|undefined} respScanStatus
     * @memberof WiFiScanPayload
     * @instance
     */
    WiFiScanPayload.prototype.respScanStatus = null;

    /**
     * WiFiScanPayload cmdScanResult.
     * @member {CmdScanResult.$Properties|null|undefined} cmdScanResult
     * @memberof WiFiScanPayload
     * @instance
     */
    WiFiScanPayload.prototype.cmdScanResult = null;

    /**
     * WiFiScanPayload respScanResult.
     * @member {RespScanResult.$Properties|null|undefined} respScanResult
     * @memberof WiFiScanPayload
     * @instance
     */
    WiFiScanPayload.prototype.respScanResult = null;

    // OneOf field names bound to virtual getters and setters
    let $oneOfFields;

    /**
     * WiFiScanPayload payload.
     * @member {"cmdScanStart"|"respScanStart"|"cmdScanStatus"|"respScanStatus"|"cmdScanResult"|"respScanResult"|undefined} payload
     * @memberof WiFiScanPayload
     * @instance
     */
    $Object.defineProperty(WiFiScanPayload.prototype, "payload", {
        get: $util.oneOfGetter($oneOfFields = ["cmdScanStart", "respScanStart", "cmdScanStatus", "respScanStatus", "cmdScanResult", "respScanResult"]),
        set: $util.oneOfSetter($oneOfFields)
    });

    /**
     * Encodes the specified WiFiScanPayload message. Does not implicitly {@link WiFiScanPayload.verify|verify} messages.
     * @function encode
     * @memberof WiFiScanPayload
     * @static
     * @param {WiFiScanPayload.$Properties} message WiFiScanPayload message or plain object to encode
     * @param {$protobuf.Writer} [writer] Writer to encode to
     * @returns {$protobuf.Writer} Writer
     */
    WiFiScanPayload.encode = function (message, writer, _depth) {
        if (!writer)
            writer = $Writer.create();
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $util.recursionLimit)
            throw $Error("max depth exceeded");
        if (message.msg != null && $Object.hasOwnProperty.call(message, "msg") && message.msg !== 0)
            writer.uint32(/* id 1, wireType 0 =*/8).int32(message.msg);
        if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
            writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
        if (message.cmdScanStart != null && $Object.hasOwnProperty.call(message, "cmdScanStart"))
            $root.CmdScanStart.encode(message.cmdScanStart, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
        if (message.respScanStart != null && $Object.hasOwnProperty.call(message, "respScanStart"))
            $root.RespScanStart.encode(message.respScanStart, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
        if (message.cmdScanStatus != null && $Object.hasOwnProperty.call(message, "cmdScanStatus"))
            $root.CmdScanStatus.encode(message.cmdScanStatus, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
        if (message.respScanStatus != null && $Object.hasOwnProperty.call(message, "respScanStatus"))
            $root.RespScanStatus.encode(message.respScanStatus, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
        if (message.cmdScanResult != null && $Object.hasOwnProperty.call(message, "cmdScanResult"))
            $root.CmdScanResult.encode(message.cmdScanResult, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
        if (message.respScanResult != null && $Object.hasOwnProperty.call(message, "respScanResult"))
            $root.RespScanResult.encode(message.respScanResult, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
            for (let i = 0; i < message.$unknowns.length; ++i)
                writer.raw(message.$unknowns[i]);
        return writer;
    };

    /**
     * Decodes a WiFiScanPayload message from the specified reader or buffer.
     * @function decode
     * @memberof WiFiScanPayload
     * @static
     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
     * @param {number} [length] Message length if known beforehand
     * @returns {WiFiScanPayload & WiFiScanPayload.$Shape} WiFiScanPayload
     * @throws {Error} If the payload is not a reader or valid buffer
     * @throws {$protobuf.util.ProtocolError} If required fields are missing
     */
    WiFiScanPayload.decode = function (reader, length, _end, _depth, _target) {
        if (!(reader instanceof $Reader))
            reader = $Reader.create(reader);
        if (_depth === $undefined)
            _depth = 0;
        if (_depth > $Reader.recursionLimit)
            throw $Error("max depth exceeded");
        let end, message, value;
        if (length === $undefined)
            end = reader.len;
        else {
            end = reader.pos + length;
            if (end > reader.len)
                throw $RangeError("index out of range");
            length = reader.len;
            reader.len = end;
        }
        message = _target || new $root.WiFiScanPayload();
        while (reader.pos < end) {
            let start = reader.pos;
            let tag = reader.tag();
            if (tag === _end) {
                _end = $undefined;
                break;
            }
            let wireType = tag & 7;
            switch (tag >>>= 3) {
            case 1: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.msg = value;
                    else
                        delete message.msg;
                    continue;
                }
            case 2: {
                    if (wireType !== 0)
                        break;
                    if (value = reader.int32())
                        message.status = value;
                    else
                        delete message.status;
                    continue;
                }
            case 10: {
                    if (wireType !== 2)
                        break;
                    message.cmdScanStart = $root.CmdScanStart.decode(reader, reader.size(), $undefined, _depth + 1, message.cmdScanStart);
                    message.payload = "cmdScanStart";
                    continue;
                }
            case 11: {
                    if (wireType !== 2)
                        break;
                    message.respScanStart = $root.RespScanStart.decode(reader, reader.size(), $undefined, _depth + 1, message.respScanStart);
                    message.payload = "respScanStart";
                    continue;
                }
            case 12: {
                    if (wireType !== 2)
                        break;
                    message.cmdScanStatus = $root.CmdScanStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.cmdScanStatus);
                    message.payload = "cmdScanStatus";
                    continue;
                }
            case 13: {
                    if (wireType !== 2)
                        break;
                    message.respScanStatus = $root.RespScanStatus.decode(reader, reader.size(), $undefined, _depth + 1, message.respScanStatus);
                    message.payload = "respScanStatus";
                    continue;
                }
            case 14: {
                    if (wireType !== 2)
                        break;
                    message.cmdScanResult = $root.CmdScanResult.decode(reader, reader.size(), $undefined, _depth + 1, message.cmdScanResult);
                    message.payload = "cmdScanResult";
                    continue;
                }
            case 15: {
                    if (wireType !== 2)
                        break;
                    message.respScanResult = $root.RespScanResult.decode(reader, reader.size(), $undefined, _depth + 1, message.respScanResult);
                    message.payload = "respScanResult";
                    continue;
                }
            }
            reader.skipType(wireType, _depth, tag);
            if (!reader.discardUnknown) {
                $util.makeProp(message, "$unknowns", false);
                (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
            }
        }
        if (length !== $undefined) {
            if (reader.pos !== end)
                throw $RangeError("index out of range");
            reader.len = length;
        }
        if (_end !== $undefined)
            throw $Error("missing end group");
        return message;
    };

    return WiFiScanPayload;
})();

export {
  $root as default
};
