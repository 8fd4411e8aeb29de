// What GetStatus says about the device's station, read into a plain value. A type of its own, below both the
// message reader and the errors that carry it, so neither imports the other.
export type WifiStatus =
  | { state: "connected"; ip4: string; ssid: string; bssid: string; channel: number; authMode: number }
  | { state: "connecting"; attemptsRemaining?: number }
  | { state: "disconnected" }
  | { state: "failed"; reason: "auth" | "not-found" | "unknown" };
