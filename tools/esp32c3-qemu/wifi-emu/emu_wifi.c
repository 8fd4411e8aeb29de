/*
 * An emulated Wi-Fi station for the ESP32-C3 image that runs in QEMU: it stands in for Espressif's Wi-Fi blobs
 * (libnet80211, libpp, ...), which cannot be fetched here and which drive a radio QEMU does not have.
 *
 * Only the driver below ESP-IDF's open code is replaced. esp_wifi_init/deinit/connect/disconnect
 * (components/esp_wifi/src/wifi_init.c), the default netif glue (wifi_default.c, wifi_netif.c), the event
 * loop, esp_netif, lwip and Moddable's `wifi` module all run as they do on a board, and hear from this
 * driver the way they hear from the real one: through esp_event_post on ESP-IDF's default event loop,
 * from a task of its own, some time after the call that asked for it.
 *
 * What is emulated (the build adds this file to the esp_wifi component only for the emulator image):
 * - three access points (EMU_APS below); `myssid` / `mypassword` on channel 6 is the one the project's
 *   tests and README use;
 * - scan: WIFI_EVENT_SCAN_DONE after 100 ms, the records filtered by the scan's ssid/bssid/channel;
 * - connect: WIFI_EVENT_STA_CONNECTED after 50 ms when the SSID (and bssid/channel, when given) matches
 *   and the passphrase is right; otherwise WIFI_EVENT_STA_DISCONNECTED with the reason a board reports:
 *   WIFI_REASON_4WAY_HANDSHAKE_TIMEOUT for a wrong WPA2 passphrase (the supplicant's 4-way handshake
 *   never completes; Moddable maps it to "password rejected"), WIFI_REASON_NO_AP_FOUND for an unknown SSID;
 * - the address: what is faked is DHCP. Once esp_netif has brought the interface up on STA_CONNECTED,
 *   the DHCP client is stopped and a fixed address set with esp_netif_set_ip_info, which makes esp_netif
 *   post the real IP_EVENT_STA_GOT_IP (192.168.<channel>.100/24, gateway .1). Frames lwip sends
 *   (IPv6 neighbour discovery and the like) are dropped; none are received.
 * Everything else the blobs export is in emu_wifi_unused.c: it succeeds and does nothing.
 */
#include <string.h>
#include "freertos/FreeRTOS.h"
#include "freertos/task.h"
#include "freertos/queue.h"
#include "esp_log.h"
#include "esp_mac.h"
#include "esp_event.h"
#include "esp_netif.h"
#include "esp_wifi.h"
#include "esp_private/wifi.h"
#include "lwip/ip4_addr.h"

static const char *TAG = "wifi-emu";

typedef struct {
	const char *ssid;
	const char *passphrase;	/* "" for an open network */
	uint8_t channel;
	int8_t rssi;
	wifi_auth_mode_t authmode;
} emu_ap_t;

static const emu_ap_t EMU_APS[] = {
	{ "myssid", "mypassword", 6, -42, WIFI_AUTH_WPA2_PSK },
	{ "guest", "", 1, -67, WIFI_AUTH_OPEN },
	{ "office", "correct horse", 11, -71, WIFI_AUTH_WPA_WPA2_PSK },
};
#define EMU_AP_COUNT (sizeof(EMU_APS) / sizeof(EMU_APS[0]))

typedef enum { EMU_START, EMU_STOP, EMU_CONNECT, EMU_DISCONNECT, EMU_SCAN } emu_job_t;

static struct {
	bool inited, started;
	wifi_mode_t mode;
	wifi_config_t sta;
	int connected_ap;			/* index in EMU_APS, -1 when not associated */
	wifi_scan_config_t scan;	/* the running scan's filter */
	bool scan_has_ssid, scan_has_bssid;
	uint8_t scan_ssid[33], scan_bssid[6];
	int found[EMU_AP_COUNT];	/* the last scan's results: indexes in EMU_APS */
	uint16_t found_count;
	uint8_t scan_id;
	QueueHandle_t jobs;
	TaskHandle_t task;
} s = { .connected_ap = -1 };

static void emu_bssid(int ap, uint8_t bssid[6])
{
	const uint8_t base[6] = { 0x02, 0xe5, 0x9e, 0x00, 0x00, 0x00 };	/* locally administered */
	memcpy(bssid, base, 6);
	bssid[5] = (uint8_t)(ap + 1);
}

static void emu_post(int32_t id, const void *data, size_t size)
{
	esp_err_t err = esp_event_post(WIFI_EVENT, id, data, size, portMAX_DELAY);
	if (err != ESP_OK)
		ESP_LOGE(TAG, "esp_event_post(%d) failed: %s", (int)id, esp_err_to_name(err));
}

static void emu_post_disconnected(int ap, const uint8_t *ssid, uint8_t reason)
{
	wifi_event_sta_disconnected_t ev = { 0 };
	size_t len = strnlen((const char *)ssid, sizeof(ev.ssid));
	memcpy(ev.ssid, ssid, len);
	ev.ssid_len = (uint8_t)len;
	if (ap >= 0)
		emu_bssid(ap, ev.bssid);
	ev.reason = reason;
	ev.rssi = ap >= 0 ? EMU_APS[ap].rssi : 0;
	emu_post(WIFI_EVENT_STA_DISCONNECTED, &ev, sizeof(ev));
}

/* DHCP is what is faked: wait for esp_netif to bring the interface up (its handler of STA_CONNECTED), stop
 * its DHCP client and give it a fixed address; esp_netif then posts IP_EVENT_STA_GOT_IP itself. */
static void emu_give_address(int ap)
{
	esp_netif_t *netif = esp_netif_get_handle_from_ifkey("WIFI_STA_DEF");
	if (!netif) {
		ESP_LOGW(TAG, "no default station netif: no address");
		return;
	}
	for (int i = 0; i < 100 && !esp_netif_is_netif_up(netif); i++)
		vTaskDelay(pdMS_TO_TICKS(10));
	if (s.connected_ap != ap)
		return;	/* disconnected meanwhile */
	esp_netif_dhcpc_stop(netif);
	esp_netif_ip_info_t info = { 0 };
	IP4_ADDR(&info.ip, 192, 168, EMU_APS[ap].channel, 100);
	IP4_ADDR(&info.gw, 192, 168, EMU_APS[ap].channel, 1);
	IP4_ADDR(&info.netmask, 255, 255, 255, 0);
	esp_err_t err = esp_netif_set_ip_info(netif, &info);
	if (err != ESP_OK)
		ESP_LOGE(TAG, "esp_netif_set_ip_info failed: %s", esp_err_to_name(err));
}

static void emu_connect(void)
{
	const wifi_sta_config_t *c = &s.sta.sta;
	int ap = -1;
	for (int i = 0; i < (int)EMU_AP_COUNT; i++) {
		uint8_t bssid[6];
		emu_bssid(i, bssid);
		if (strncmp((const char *)c->ssid, EMU_APS[i].ssid, sizeof(c->ssid)))
			continue;
		if (c->bssid_set && memcmp(c->bssid, bssid, 6))
			continue;
		if (c->channel && c->channel != EMU_APS[i].channel)
			continue;
		ap = i;
		break;
	}
	vTaskDelay(pdMS_TO_TICKS(50));	/* authentication and association take a moment */
	if (ap < 0) {
		ESP_LOGI(TAG, "connect '%.32s': no such network", (const char *)c->ssid);
		emu_post_disconnected(-1, c->ssid, WIFI_REASON_NO_AP_FOUND);
		return;
	}
	if (strncmp((const char *)c->password, EMU_APS[ap].passphrase, sizeof(c->password))) {
		/* a board's supplicant waits for a 4-way handshake message that never comes */
		ESP_LOGI(TAG, "connect '%s': wrong passphrase", EMU_APS[ap].ssid);
		emu_post_disconnected(ap, c->ssid, WIFI_REASON_4WAY_HANDSHAKE_TIMEOUT);
		return;
	}
	wifi_event_sta_connected_t ev = { 0 };
	ev.ssid_len = (uint8_t)strlen(EMU_APS[ap].ssid);
	memcpy(ev.ssid, EMU_APS[ap].ssid, ev.ssid_len);
	emu_bssid(ap, ev.bssid);
	ev.channel = EMU_APS[ap].channel;
	ev.authmode = EMU_APS[ap].authmode;
	ev.aid = 1;
	s.connected_ap = ap;
	ESP_LOGI(TAG, "connected to '%s' on channel %d", EMU_APS[ap].ssid, EMU_APS[ap].channel);
	emu_post(WIFI_EVENT_STA_CONNECTED, &ev, sizeof(ev));
	emu_give_address(ap);
}

static void emu_disconnect(void)
{
	int ap = s.connected_ap;
	if (ap < 0)
		return;
	s.connected_ap = -1;
	emu_post_disconnected(ap, (const uint8_t *)EMU_APS[ap].ssid, WIFI_REASON_ASSOC_LEAVE);
}

static bool emu_scan_matches(int i)
{
	uint8_t bssid[6];
	emu_bssid(i, bssid);
	if (s.scan_has_ssid && strcmp((const char *)s.scan_ssid, EMU_APS[i].ssid))
		return false;
	if (s.scan_has_bssid && memcmp(s.scan_bssid, bssid, 6))
		return false;
	if (s.scan.channel && s.scan.channel != EMU_APS[i].channel)
		return false;
	return true;
}

static void emu_scan(void)
{
	vTaskDelay(pdMS_TO_TICKS(100));	/* a board dwells on each channel */
	s.found_count = 0;
	for (int i = 0; i < (int)EMU_AP_COUNT; i++)
		if (emu_scan_matches(i))
			s.found[s.found_count++] = i;
	wifi_event_sta_scan_done_t ev = { .status = 0, .number = (uint8_t)s.found_count, .scan_id = ++s.scan_id };
	emu_post(WIFI_EVENT_SCAN_DONE, &ev, sizeof(ev));
}

static void emu_task(void *arg)
{
	(void)arg;
	for (;;) {
		emu_job_t job;
		if (xQueueReceive(s.jobs, &job, portMAX_DELAY) != pdTRUE)
			continue;
		switch (job) {
		case EMU_START: emu_post(WIFI_EVENT_STA_START, NULL, 0); break;
		case EMU_STOP: emu_disconnect(); emu_post(WIFI_EVENT_STA_STOP, NULL, 0); break;
		case EMU_CONNECT: emu_connect(); break;
		case EMU_DISCONNECT: emu_disconnect(); break;
		case EMU_SCAN: emu_scan(); break;
		}
	}
}

static esp_err_t emu_queue(emu_job_t job)
{
	return xQueueSend(s.jobs, &job, pdMS_TO_TICKS(1000)) == pdTRUE ? ESP_OK : ESP_ERR_NO_MEM;
}

/* ------------------------------------------------------------------------- the blobs' entry points */

esp_err_t esp_wifi_init_internal(const wifi_init_config_t *config)
{
	(void)config;
	if (!s.jobs) {
		s.jobs = xQueueCreate(8, sizeof(emu_job_t));
		if (!s.jobs || xTaskCreate(emu_task, "wifi-emu", 3072, NULL, 20, &s.task) != pdPASS)
			return ESP_ERR_NO_MEM;
	}
	s.inited = true;
	s.mode = WIFI_MODE_NULL;
	ESP_LOGW(TAG, "Wi-Fi is emulated: no radio, access points '%s', '%s', '%s'", EMU_APS[0].ssid, EMU_APS[1].ssid,
		EMU_APS[2].ssid);
	return ESP_OK;
}

esp_err_t esp_wifi_deinit_internal(void)
{
	if (s.started)
		return ESP_ERR_WIFI_NOT_STOPPED;
	s.inited = false;
	return ESP_OK;
}

esp_err_t esp_wifi_set_mode(wifi_mode_t mode)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (mode >= WIFI_MODE_MAX)
		return ESP_ERR_INVALID_ARG;
	s.mode = mode;
	return ESP_OK;
}

esp_err_t esp_wifi_get_mode(wifi_mode_t *mode)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (!mode)
		return ESP_ERR_INVALID_ARG;
	*mode = s.mode;
	return ESP_OK;
}

esp_err_t esp_wifi_set_storage(wifi_storage_t storage)
{
	(void)storage;
	return s.inited ? ESP_OK : ESP_ERR_WIFI_NOT_INIT;
}

esp_err_t esp_wifi_start(void)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (s.started)
		return ESP_OK;
	s.started = true;
	return (s.mode == WIFI_MODE_STA || s.mode == WIFI_MODE_APSTA) ? emu_queue(EMU_START) : ESP_OK;
}

esp_err_t esp_wifi_stop(void)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (!s.started)
		return ESP_OK;
	s.started = false;
	return emu_queue(EMU_STOP);
}

esp_err_t esp_wifi_set_config(wifi_interface_t interface, wifi_config_t *conf)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (!conf)
		return ESP_ERR_INVALID_ARG;
	if (interface != WIFI_IF_STA)
		return ESP_OK;	/* no access point mode here */
	s.sta = *conf;
	return ESP_OK;
}

esp_err_t esp_wifi_get_config(wifi_interface_t interface, wifi_config_t *conf)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (!conf)
		return ESP_ERR_INVALID_ARG;
	if (interface == WIFI_IF_STA)
		*conf = s.sta;
	else
		memset(conf, 0, sizeof(*conf));
	return ESP_OK;
}

esp_err_t esp_wifi_connect_internal(void)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (!s.started)
		return ESP_ERR_WIFI_NOT_STARTED;
	if (s.mode != WIFI_MODE_STA && s.mode != WIFI_MODE_APSTA)
		return ESP_ERR_WIFI_MODE;
	return emu_queue(EMU_CONNECT);
}

esp_err_t esp_wifi_disconnect_internal(void)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (!s.started)
		return ESP_ERR_WIFI_NOT_STARTED;
	return emu_queue(EMU_DISCONNECT);
}

esp_err_t esp_wifi_scan_start(const wifi_scan_config_t *config, bool block)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (!s.started)
		return ESP_ERR_WIFI_NOT_STARTED;
	memset(&s.scan, 0, sizeof(s.scan));
	s.scan_has_ssid = s.scan_has_bssid = false;
	if (config) {
		s.scan = *config;
		if (config->ssid) {
			strncpy((char *)s.scan_ssid, (const char *)config->ssid, 32);
			s.scan_ssid[32] = 0;
			s.scan_has_ssid = true;
		}
		if (config->bssid) {
			memcpy(s.scan_bssid, config->bssid, 6);
			s.scan_has_bssid = true;
		}
		s.scan.ssid = NULL;
		s.scan.bssid = NULL;
	}
	esp_err_t err = emu_queue(EMU_SCAN);
	if (err == ESP_OK && block)
		vTaskDelay(pdMS_TO_TICKS(150));
	return err;
}

esp_err_t esp_wifi_scan_stop(void)
{
	return s.inited ? ESP_OK : ESP_ERR_WIFI_NOT_INIT;
}

esp_err_t esp_wifi_scan_get_ap_num(uint16_t *number)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (!number)
		return ESP_ERR_INVALID_ARG;
	*number = s.found_count;
	return ESP_OK;
}

static void emu_record(int ap, wifi_ap_record_t *r)
{
	memset(r, 0, sizeof(*r));
	emu_bssid(ap, r->bssid);
	strncpy((char *)r->ssid, EMU_APS[ap].ssid, sizeof(r->ssid) - 1);
	r->primary = EMU_APS[ap].channel;
	r->second = WIFI_SECOND_CHAN_NONE;
	r->rssi = EMU_APS[ap].rssi;
	r->authmode = EMU_APS[ap].authmode;
	r->pairwise_cipher = EMU_APS[ap].authmode == WIFI_AUTH_OPEN ? WIFI_CIPHER_TYPE_NONE : WIFI_CIPHER_TYPE_CCMP;
	r->group_cipher = r->pairwise_cipher;
	r->phy_11b = r->phy_11g = r->phy_11n = 1;
}

/* As the driver does, handing the records over frees them: a second call finds none. */
esp_err_t esp_wifi_scan_get_ap_records(uint16_t *number, wifi_ap_record_t *ap_records)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (!number || !ap_records)
		return ESP_ERR_INVALID_ARG;
	uint16_t n = *number < s.found_count ? *number : s.found_count;
	for (uint16_t i = 0; i < n; i++)
		emu_record(s.found[i], &ap_records[i]);
	*number = n;
	s.found_count = 0;
	return ESP_OK;
}

esp_err_t esp_wifi_scan_get_ap_record(wifi_ap_record_t *ap_record)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (!ap_record)
		return ESP_ERR_INVALID_ARG;
	if (!s.found_count)
		return ESP_FAIL;
	emu_record(s.found[0], ap_record);
	memmove(&s.found[0], &s.found[1], (size_t)(--s.found_count) * sizeof(s.found[0]));
	return ESP_OK;
}

esp_err_t esp_wifi_clear_ap_list(void)
{
	s.found_count = 0;
	return ESP_OK;
}

esp_err_t esp_wifi_sta_get_ap_info(wifi_ap_record_t *ap_info)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (!ap_info)
		return ESP_ERR_INVALID_ARG;
	if (s.connected_ap < 0)
		return ESP_ERR_WIFI_NOT_CONNECT;
	emu_record(s.connected_ap, ap_info);
	return ESP_OK;
}

esp_err_t esp_wifi_get_channel(uint8_t *primary, wifi_second_chan_t *second)
{
	if (!s.inited)
		return ESP_ERR_WIFI_NOT_INIT;
	if (primary)
		*primary = s.connected_ap >= 0 ? EMU_APS[s.connected_ap].channel : 1;
	if (second)
		*second = WIFI_SECOND_CHAN_NONE;
	return ESP_OK;
}

esp_err_t esp_wifi_get_mac(wifi_interface_t ifx, uint8_t mac[6])
{
	return esp_read_mac(mac, ifx == WIFI_IF_AP ? ESP_MAC_WIFI_SOFTAP : ESP_MAC_WIFI_STA);
}

/* The data path: nothing is received, what lwip sends is dropped (and its buffer is the caller's). */
esp_err_t esp_wifi_internal_reg_rxcb(wifi_interface_t ifx, wifi_rxcb_t fn)
{
	(void)ifx;
	(void)fn;
	return ESP_OK;
}

int esp_wifi_internal_tx(wifi_interface_t wifi_if, void *buffer, uint16_t len)
{
	(void)wifi_if;
	(void)buffer;
	(void)len;
	return ESP_OK;
}
