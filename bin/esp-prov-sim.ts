#!/usr/bin/env node
// `esp-prov-sim`: the simulated device (host/simulator.ts; `npm start` in a checkout). Its flash is
// .sim-state/ in the current folder unless stateDir= says otherwise.
import "../host/simulator.js";
