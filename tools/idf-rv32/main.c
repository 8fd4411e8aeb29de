/*
 * idf-rv32: ESP-IDF's own console provisioning (protocomm_console.c, protocomm, security 1 and 2, the
 * wifi_provisioning handlers' C, compiled from an ESP-IDF tree by build.sh) on bare-metal rv32imc under
 * qemu-system-riscv32 -icount shift=0, driven by the project's recorded sessions (sessions.h, generated from
 * tests/vectors by sessions.mjs), counting the RV32 instructions of each phase exactly.
 *
 * The console task is protocomm_console.c's, run by this driver in place of FreeRTOS: its UART reads take the
 * session's request bytes a line at a time (a client waits for each reply), its writes and printf go to a
 * memory sink, as the chip's go to the UART's FIFO. A phase's count runs from the read of its first byte to
 * the prompt written after its last reply. Afterwards (uncounted) every reply line is checked against the
 * recording; any difference, or any other failure, exits non-zero.
 *
 * Random draws are the recorded device secrets: esp_fill_random (SRP's b) and mbedtls_ctr_drbg_random (security
 * 1's private key and device random, security 2's nonce prefix), the latter still running the DRBG as on the
 * chip (the link wraps it) and then substituting the recorded bytes.
 *
 * Usage: idf-rv32.elf SESSION (one session a run). Output on the semihosting console: one line
 * "idf-rv32 {json}" per phase (its instructions, those inside protocomm_req_handle, the bytes written), then
 * "idf-rv32 done".
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <esp_console.h>
#include <esp_event.h>
#include <esp_log.h>
#include <esp_random.h>
#include <driver/uart.h>
#include <freertos/queue.h>
#include <freertos/task.h>
#include <mbedtls/ctr_drbg.h>

#include <protocomm.h>
#include <protocomm_console.h>
#include <protocomm_security.h>
#include <protocomm_security1.h>
#include <protocomm_security2.h>
#include <wifi_provisioning/wifi_config.h>

#include "sessions.h"

#undef printf

static uint64_t instret(void)
{
	uint32_t high, low, again;
	do {
		__asm__ volatile ("rdinstreth %0" : "=r"(high));
		__asm__ volatile ("rdinstret %0" : "=r"(low));
		__asm__ volatile ("rdinstreth %0" : "=r"(again));
	} while (high != again);
	return ((uint64_t)high << 32) | low;
}

static void fail(const char *why)
{
	fprintf(stdout, "idf-rv32 failed: %s\n", why);
	exit(1);
}

/* ---- the UART: the session's bytes in, a line at a time; everything written kept ---- */

static char sink[1 << 16];
static size_t sinkLength;
static const char *input;
static size_t inputLength, inputAt, available;
static bool atPromptWhenDone;
/* The phase's count: from the read of its first byte to the prompt after its last reply. */
static uint64_t phaseStart, phaseEnd;

static void sinkWrite(const void *data, size_t size)
{
	if (sinkLength + size > sizeof(sink)) fail("UART sink full");
	memcpy(sink + sinkLength, data, size);
	sinkLength += size;
}

esp_err_t uart_driver_install(int port, int rxSize, int txSize, int queueSize, QueueHandle_t *queue, int flags)
{
	*queue = (QueueHandle_t)&input;
	return ESP_OK;
}

/* A UART_DATA event when bytes are waiting: the rest of the current line, up to and including its CR. */
BaseType_t xQueueReceive(QueueHandle_t queue, void *item, TickType_t wait)
{
	uart_event_t *event = item;
	const char *cr;
	if (inputAt >= inputLength) return pdFAIL;
	cr = memchr(input + inputAt, '\r', inputLength - inputAt);
	available = cr ? (size_t)(cr - input) + 1 : inputLength;
	event->type = UART_DATA;
	event->size = available - inputAt;
	return pdPASS;
}

int uart_read_bytes(int port, void *buffer, uint32_t length, TickType_t wait)
{
	uint32_t n = 0;
	if ((0 == inputAt) && (inputAt < available)) phaseStart = instret();
	while ((n < length) && (inputAt < available))
		((uint8_t *)buffer)[n++] = input[inputAt++];
	return (int)n;
}

int uart_write_bytes(int port, const void *data, size_t size)
{
	sinkWrite(data, size);
	if ((4 == size) && !memcmp(data, "\n>> ", 4) && (inputAt >= inputLength) && !atPromptWhenDone) {
		atPromptWhenDone = true;
		phaseEnd = instret();
	}
	return (int)size;
}

int idf_rv32_printf(const char *format, ...)
{
	char line[256];
	va_list args;
	int n;
	va_start(args, format);
	n = vsnprintf(line, sizeof(line), format, args);
	va_end(args);
	if (n > 0) sinkWrite(line, (size_t)n < sizeof(line) ? (size_t)n : sizeof(line) - 1);
	return n;
}

/* protocomm_req_handle's share of a phase (the link wraps it): the rest is the console. */
static uint64_t inProtocomm;
esp_err_t __real_protocomm_req_handle(const protocomm_t *pc, const char *ep_name, uint32_t session_id,
	const uint8_t *inbuf, ssize_t inlen, uint8_t **outbuf, ssize_t *outlen);
esp_err_t __wrap_protocomm_req_handle(const protocomm_t *pc, const char *ep_name, uint32_t session_id,
	const uint8_t *inbuf, ssize_t inlen, uint8_t **outbuf, ssize_t *outlen)
{
	uint64_t start = instret();
	esp_err_t ret = __real_protocomm_req_handle(pc, ep_name, session_id, inbuf, inlen, outbuf, outlen);
	inProtocomm += instret() - start;
	return ret;
}

/* ---- FreeRTOS: the console task runs when the driver calls it; it stops at the prompt once input is done ---- */

static TaskFunction_t consoleTask;
static void *consoleArgument;

BaseType_t xTaskCreate(TaskFunction_t function, const char *name, uint32_t stack, void *arg, unsigned priority, TaskHandle_t *task)
{
	consoleTask = function;
	consoleArgument = arg;
	*task = (TaskHandle_t)&consoleTask;
	return pdPASS;
}

void vTaskDelete(TaskHandle_t task) {}
BaseType_t xTaskNotifyGive(TaskHandle_t task) { return pdPASS; }

BaseType_t xTaskNotifyWait(uint32_t clearOnEntry, uint32_t clearOnExit, uint32_t *value, TickType_t wait)
{
	*value = atPromptWhenDone;
	return pdPASS;
}

/* ---- esp_console: commands.c's registration and esp_console_run, over ESP-IDF's split_argv.c ---- */

#define MAX_COMMANDS 8
static esp_console_cmd_t commands[MAX_COMMANDS];
static int commandCount;
static esp_console_config_t consoleConfig;
static char *consoleLine;

esp_err_t esp_console_init(const esp_console_config_t *config)
{
	consoleConfig = *config;
	consoleLine = calloc(1, config->max_cmdline_length);
	return consoleLine ? ESP_OK : ESP_ERR_NO_MEM;
}

esp_err_t esp_console_deinit(void)
{
	free(consoleLine);
	consoleLine = NULL;
	return ESP_OK;
}

esp_err_t esp_console_register_help_command(void) { return ESP_OK; }

esp_err_t esp_console_cmd_register(const esp_console_cmd_t *cmd)
{
	if (commandCount == MAX_COMMANDS) return ESP_ERR_NO_MEM;
	commands[commandCount++] = *cmd;
	return ESP_OK;
}

esp_err_t esp_console_run(const char *cmdline, int *cmd_ret)
{
	char **argv = calloc(consoleConfig.max_cmdline_args, sizeof(char *));
	size_t argc;
	int i;
	if (!argv) return ESP_ERR_NO_MEM;
	strncpy(consoleLine, cmdline, consoleConfig.max_cmdline_length - 1);
	argc = esp_console_split_argv(consoleLine, argv, consoleConfig.max_cmdline_args);
	if (0 == argc) {
		free(argv);
		return ESP_ERR_INVALID_ARG;
	}
	for (i = 0; i < commandCount; i++) {
		if (!strcmp(commands[i].command, argv[0])) {
			*cmd_ret = commands[i].func((int)argc, argv);
			free(argv);
			return ESP_OK;
		}
	}
	free(argv);
	return ESP_ERR_NOT_FOUND;
}

/* ---- logging, events, errors ---- */

void idf_rv32_log(esp_log_level_t level, const char *tag, const char *format, ...)
{
	char line[256];
	va_list args;
	int n;
	if (level > ESP_LOG_INFO) return;
	n = snprintf(line, sizeof(line), "%c (%lu) %s: ", "NEWIDV"[level], (unsigned long)(instret() / 160000), tag);
	va_start(args, format);
	n += vsnprintf(line + n, sizeof(line) - n, format, args);
	va_end(args);
	if (n > (int)sizeof(line) - 2) n = sizeof(line) - 2;
	line[n++] = '\n';
	sinkWrite(line, n);
}

void idf_rv32_log_buffer(esp_log_level_t level, const char *tag, const void *buffer, int length)
{
	const uint8_t *bytes = buffer;
	int at, i;
	if (level > ESP_LOG_INFO) return;
	for (at = 0; at < length; at += 16) {
		char line[64];
		int n = 0;
		for (i = at; (i < length) && (i < at + 16); i++)
			n += snprintf(line + n, sizeof(line) - n, "%02x ", bytes[i]);
		idf_rv32_log(level, tag, "%s", line);
	}
}

const char *esp_err_to_name(esp_err_t code) { return "ERROR"; }

static int eventsPosted;
esp_err_t esp_event_post(esp_event_base_t base, int32_t id, const void *data, size_t size, TickType_t wait)
{
	eventsPosted++;
	return ESP_OK;
}

/* ---- random: the recorded secrets ---- */

static const draw_t *fillDraws, *drbgDraws;
static int fillCount, drbgCount;

static void takeDraw(const draw_t **draws, int *count, void *out, size_t length, const char *source)
{
	if (!*count) { fprintf(stdout, "idf-rv32: %s asked for %u bytes beyond the recorded draws\n", source, (unsigned)length); exit(1); }
	if ((*draws)->length != length) { fprintf(stdout, "idf-rv32: %s asked for %u bytes, the recorded draw has %u\n", source, (unsigned)length, (unsigned)(*draws)->length); exit(1); }
	memcpy(out, (*draws)->bytes, length);
	(*draws)++;
	(*count)--;
}

void esp_fill_random(void *buffer, size_t length)
{
	takeDraw(&fillDraws, &fillCount, buffer, length, "esp_fill_random");
}

uint32_t esp_random(void)
{
	uint32_t value;
	esp_fill_random(&value, sizeof(value));
	return value;
}

/* The DRBG runs as on the chip; a draw of the recorded draw's length is then replaced by it. Draws of other
 * lengths (the X25519 ladder's randomised coordinates, 32 bytes after the key's 32) keep the DRBG's bytes. */
int __real_mbedtls_ctr_drbg_random(void *context, unsigned char *output, size_t length);
int __wrap_mbedtls_ctr_drbg_random(void *context, unsigned char *output, size_t length)
{
	int ret = __real_mbedtls_ctr_drbg_random(context, output, length);
	if (drbgCount && (drbgDraws->length == length))
		takeDraw(&drbgDraws, &drbgCount, output, length, "mbedtls_ctr_drbg_random");
	return ret;
}

/* The entropy the DRBG is seeded from (the chip's RNG; a fixed sequence here). */
int mbedtls_hardware_poll(void *data, unsigned char *output, size_t length, size_t *olen)
{
	static uint32_t state = 0x9E3779B9;
	size_t i;
	for (i = 0; i < length; i++) {
		state ^= state << 13;
		state ^= state >> 17;
		state ^= state << 5;
		output[i] = (unsigned char)state;
	}
	*olen = length;
	return 0;
}

/* ---- Wi-Fi configuration handlers, as a device's: keep the credentials, apply them, report ---- */

struct wifi_prov_ctx { wifi_prov_config_set_data_t config; };
static wifi_prov_config_set_data_t applied;
static bool connecting;

static esp_err_t getStatus(wifi_prov_config_get_data_t *response, wifi_prov_ctx_t **ctx)
{
	memset(response, 0, sizeof(*response));
	response->wifi_state = connecting ? WIFI_PROV_STA_CONNECTING : WIFI_PROV_STA_DISCONNECTED;
	return ESP_OK;
}

static esp_err_t setConfig(const wifi_prov_config_set_data_t *request, wifi_prov_ctx_t **ctx)
{
	if (!*ctx) *ctx = calloc(1, sizeof(**ctx));
	if (!*ctx) return ESP_ERR_NO_MEM;
	(*ctx)->config = *request;
	ESP_LOGI("wifi_prov_handlers", "Wi-Fi credentials received: SSID %.32s", request->ssid);
	return ESP_OK;
}

static esp_err_t applyConfig(wifi_prov_ctx_t **ctx)
{
	if (!*ctx) return ESP_ERR_INVALID_STATE;
	applied = (*ctx)->config;
	connecting = true;
	free(*ctx);
	*ctx = NULL;
	ESP_LOGI("wifi_prov_handlers", "Wi-Fi credentials applied: connecting to %.32s", applied.ssid);
	return ESP_OK;
}

static wifi_prov_config_handlers_t configHandlers = { .get_status_handler = getStatus, .set_config_handler = setConfig, .apply_config_handler = applyConfig };

/* ---- the sessions ---- */

/* Each reply is a line of its own among the echo, the prompts and the log lines, in order. */
static bool checkReplies(char *output, size_t length, const char *const *replies, int count)
{
	char *line = output, *end = output + length;
	int i = 0;
	while ((i < count) && (line < end)) {
		char *newline = memchr(line, '\n', end - line);
		char *lineEnd = newline ? newline : end;
		size_t n = lineEnd - line;
		if (n && ('\r' == line[n - 1])) n--;
		if ((n == strlen(replies[i])) && !memcmp(line, replies[i], n)) i++;
		line = lineEnd + 1;
	}
	return i == count;
}

static void runSession(const session_t *session)
{
	static protocomm_security1_params_t pop;
	static protocomm_security2_params_t srp;
	protocomm_console_config_t config = PROTOCOMM_CONSOLE_DEFAULT_CONFIG();
	protocomm_t *pc = protocomm_new();
	esp_err_t ret;
	int p;

	fillDraws = session->fill; fillCount = session->fillCount;
	drbgDraws = session->drbg; drbgCount = session->drbgCount;
	commandCount = 0;
	if (!pc) fail("protocomm_new");
	/* The console registers the endpoints as commands; it is started again for each phase (its task ends
	 * when the phase's input is done, and forgets the protocomm instance then). */
	if (protocomm_console_start(pc, &config) != ESP_OK) fail("protocomm_console_start");
	if (1 == session->security) {
		pop.data = (const uint8_t *)session->pop;
		pop.len = (uint16_t)strlen(session->pop);
		ret = protocomm_set_security(pc, "prov-session", &protocomm_security1, &pop);
	}
	else {
		srp.salt = (const char *)session->salt;
		srp.salt_len = session->saltLength;
		srp.verifier = (const char *)session->verifier;
		srp.verifier_len = session->verifierLength;
		ret = protocomm_set_security(pc, "prov-session", &protocomm_security2, &srp);
	}
	if (ESP_OK != ret) fail("protocomm_set_security");
	if ((protocomm_set_version(pc, "proto-ver", session->version) != ESP_OK) ||
	    (protocomm_add_endpoint(pc, "prov-config", wifi_prov_config_data_handler, &configHandlers) != ESP_OK))
		fail("endpoints");

	for (p = 0; p < session->phaseCount; p++) {
		const phase_t *phase = &session->phases[p];
		size_t outputStart = sinkLength;
		if ((p > 0) && (protocomm_console_start(pc, &config) != ESP_OK)) fail("protocomm_console_start");
		input = phase->input;
		inputLength = strlen(phase->input);
		inputAt = available = 0;
		atPromptWhenDone = false;
		inProtocomm = 0;
		consoleTask(consoleArgument);
		if (inputAt != inputLength) fail("the console did not read the whole phase");
		if (!checkReplies(sink + outputStart, sinkLength - outputStart, phase->replies, phase->replyCount)) {
			fwrite(sink + outputStart, 1, sinkLength - outputStart, stdout);
			fprintf(stdout, "\nidf-rv32: %s: the replies differ from the recording\n", phase->name);
			exit(1);
		}
		fprintf(stdout, "idf-rv32 {\"name\":\"%s\",\"instructions\":%llu,\"protocomm\":%llu,\"outputBytes\":%u}\n", phase->name,
			(unsigned long long)(phaseEnd - phaseStart), (unsigned long long)inProtocomm, (unsigned)(sinkLength - outputStart));
		sinkLength = 0;
	}
	if (fillCount || drbgCount) fail("recorded draws left over");
	protocomm_delete(pc);
}

/* idf-rv32.elf SESSION: one session a run (protocomm_console.c keeps its session id across its tasks). */
int main(int argc, char **argv)
{
	int s;
	for (s = 0; s < SESSION_COUNT; s++) {
		if ((argc > 1) && !strcmp(argv[argc - 1], sessions[s].name)) {
			runSession(&sessions[s]);
			fprintf(stdout, "idf-rv32 done\n");
			return 0;
		}
	}
	fail("name a session");
	return 1;
}
