#pragma once
#include "FreeRTOS.h"
typedef void (*TaskFunction_t)(void *);
BaseType_t xTaskCreate(TaskFunction_t function, const char *name, uint32_t stack, void *arg, unsigned priority, TaskHandle_t *task);
void vTaskDelete(TaskHandle_t task);
BaseType_t xTaskNotifyGive(TaskHandle_t task);
BaseType_t xTaskNotifyWait(uint32_t clearOnEntry, uint32_t clearOnExit, uint32_t *value, TickType_t wait);
