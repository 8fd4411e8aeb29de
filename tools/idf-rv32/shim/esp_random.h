/* ESP-IDF's hardware random number generator: the driver's scripted draws (the recorded session's secrets). */
#pragma once
#include <stddef.h>
#include <stdint.h>
void esp_fill_random(void *buffer, size_t length);
uint32_t esp_random(void);
