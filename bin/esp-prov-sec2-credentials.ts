#!/usr/bin/env node
// `esp-prov-sec2-credentials`: a security 2 salt and verifier for the device config
// (host/sec2-credentials.ts; `npm run sec2-credentials` in a checkout).
import "../host/sec2-credentials.js";
