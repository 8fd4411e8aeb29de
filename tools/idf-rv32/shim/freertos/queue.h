#pragma once
#include "FreeRTOS.h"
BaseType_t xQueueReceive(QueueHandle_t queue, void *item, TickType_t wait);
