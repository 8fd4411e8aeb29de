// The board's MAC address, as Moddable's net module reports it: the Wi-Fi station's, which exists only once
// Wi-Fi is on (on ESP32 the driver starts when a mode is set; before that Net.get("MAC") is undefined).
// Provisioning turns the station on anyway to scan and to join, so reading it at boot costs nothing later.
// Moddable's lin build has no MAC: undefined there.
import WiFi from "wifi";
import Net from "net";

export function stationMac(): string | undefined {
  try {
    if (!WiFi.mode) WiFi.mode = WiFi.Mode.station;
    const mac = Net.get("MAC");
    return typeof mac === "string" && mac ? mac : undefined;
  } catch {
    // No radio to turn on (a board without Wi-Fi): the board is named by its port.
    return undefined;
  }
}
