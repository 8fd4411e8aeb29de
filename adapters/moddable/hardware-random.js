// The device's cryptographically strong random source: esp_fill_random() on ESP32 (true random while
// the radio is on), getrandom() on the lin simulator. Math.random is not used for keys.
export default function fillRandom(buffer) @ "xs_hardware_random_fill";
