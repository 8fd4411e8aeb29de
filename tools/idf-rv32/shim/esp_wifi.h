/* The Wi-Fi types wifi_provisioning's headers name (values as ESP-IDF's esp_wifi_types.h). */
#pragma once
#include <stdbool.h>
#include <stdint.h>
#include "esp_err.h"
typedef enum { WIFI_AUTH_OPEN = 0, WIFI_AUTH_WEP, WIFI_AUTH_WPA_PSK, WIFI_AUTH_WPA2_PSK, WIFI_AUTH_WPA_WPA2_PSK,
	WIFI_AUTH_ENTERPRISE, WIFI_AUTH_WPA3_PSK, WIFI_AUTH_WPA2_WPA3_PSK, WIFI_AUTH_MAX } wifi_auth_mode_t;
typedef struct { uint8_t bssid[6]; uint8_t ssid[33]; uint8_t primary; int8_t rssi; wifi_auth_mode_t authmode; } wifi_ap_record_t;
