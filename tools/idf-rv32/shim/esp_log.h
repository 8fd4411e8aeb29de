/* ESP-IDF's log macros: a line "L (ms) tag: message" written to the console (the driver's UART sink) at the
 * default level, INFO, as esp_log_write does; DEBUG and VERBOSE compiled in but not printed. */
#pragma once
#include <stdint.h>
typedef enum { ESP_LOG_NONE, ESP_LOG_ERROR, ESP_LOG_WARN, ESP_LOG_INFO, ESP_LOG_DEBUG, ESP_LOG_VERBOSE } esp_log_level_t;
void idf_rv32_log(esp_log_level_t level, const char *tag, const char *format, ...) __attribute__((format(printf, 3, 4)));
void idf_rv32_log_buffer(esp_log_level_t level, const char *tag, const void *buffer, int length);
#define ESP_LOGE(tag, format, ...) idf_rv32_log(ESP_LOG_ERROR, tag, format, ##__VA_ARGS__)
#define ESP_LOGW(tag, format, ...) idf_rv32_log(ESP_LOG_WARN, tag, format, ##__VA_ARGS__)
#define ESP_LOGI(tag, format, ...) idf_rv32_log(ESP_LOG_INFO, tag, format, ##__VA_ARGS__)
#define ESP_LOGD(tag, format, ...) idf_rv32_log(ESP_LOG_DEBUG, tag, format, ##__VA_ARGS__)
#define ESP_LOGV(tag, format, ...) idf_rv32_log(ESP_LOG_VERBOSE, tag, format, ##__VA_ARGS__)
#define ESP_LOG_BUFFER_HEX_LEVEL(tag, buffer, length, level) idf_rv32_log_buffer(level, tag, buffer, length)
#define ESP_LOG_BUFFER_HEX(tag, buffer, length) idf_rv32_log_buffer(ESP_LOG_INFO, tag, buffer, length)
