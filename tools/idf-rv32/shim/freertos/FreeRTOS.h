/* What protocomm_console.c uses of FreeRTOS: one task, run by the driver in its own loop (no scheduler). */
#pragma once
#include <stdint.h>
typedef uint32_t TickType_t;
typedef int BaseType_t;
typedef void *TaskHandle_t;
typedef void *QueueHandle_t;
#define pdPASS 1
#define pdFAIL 0
#define portMAX_DELAY ((TickType_t)0xffffffff)
#define portTICK_PERIOD_MS 1
#define tskIDLE_PRIORITY 0
