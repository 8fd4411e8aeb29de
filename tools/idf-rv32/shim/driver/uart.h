/* The UART driver calls protocomm_console.c makes: the driver feeds the recorded requests and keeps the output. */
#pragma once
#include <stddef.h>
#include <stdint.h>
#include "../freertos/FreeRTOS.h"
#include "../esp_err.h"
typedef enum { UART_DATA, UART_BREAK, UART_BUFFER_FULL, UART_FIFO_OVF } uart_event_type_t;
typedef struct { uart_event_type_t type; size_t size; int timeout_flag; } uart_event_t;
esp_err_t uart_driver_install(int port, int rxSize, int txSize, int queueSize, QueueHandle_t *queue, int flags);
int uart_read_bytes(int port, void *buffer, uint32_t length, TickType_t wait);
int uart_write_bytes(int port, const void *data, size_t size);
