/* ESP-IDF's ESP_RETURN_ON_* checks, as protocomm uses them. */
#pragma once
#include "esp_err.h"
#include "esp_log.h"
#define ESP_RETURN_ON_FALSE(condition, code, tag, format, ...) do { if (!(condition)) { \
	ESP_LOGE(tag, "%s(%d): " format, __FUNCTION__, __LINE__, ##__VA_ARGS__); return code; } } while (0)
#define ESP_RETURN_ON_ERROR(call, tag, format, ...) do { esp_err_t err_ = (call); if (ESP_OK != err_) { \
	ESP_LOGE(tag, "%s(%d): " format, __FUNCTION__, __LINE__, ##__VA_ARGS__); return err_; } } while (0)
