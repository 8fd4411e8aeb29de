/* esp-console-prov (tools/esp32c3-qemu): the fetched esp-lwip (2.1.3-esp of 2024-01) is older than IDF v6.0's
 * pin and expects the DHCP timing macros under their older names. */
#define DHCP_REQUEST_TIMEOUT_SEQUENCE(tries)            DHCP_REQUEST_BACKOFF_SEQUENCE(0, tries)
#define DHCP_CALC_TIMEOUT_FROM_OFFERED_T0_LEASE(dhcp)   timeout_from_offered((dhcp)->offered_t0_lease, 120)
#define DHCP_CALC_TIMEOUT_FROM_OFFERED_T1_RENEW(dhcp)   timeout_from_offered((dhcp)->offered_t1_renew, (dhcp)->t0_timeout>>1)
#define DHCP_CALC_TIMEOUT_FROM_OFFERED_T2_REBIND(dhcp)  timeout_from_offered((dhcp)->offered_t2_rebind, ((dhcp)->t0_timeout/8)*7)
