/* ESP-IDF's console API as protocomm_console.c uses it; esp_console_split_argv is ESP-IDF's own
 * (components/console/split_argv.c, compiled from the tree), the rest the driver's (esp_console_run as
 * commands.c does it: copy the line, split it, find the command by name, call it). */
#pragma once
#include <stddef.h>
#include "esp_err.h"
typedef struct { size_t max_cmdline_length; size_t max_cmdline_args; } esp_console_config_t;
typedef int (*esp_console_cmd_func_t)(int argc, char **argv);
typedef struct { const char *command; const char *help; const char *hint; esp_console_cmd_func_t func; void *argtable; } esp_console_cmd_t;
esp_err_t esp_console_init(const esp_console_config_t *config);
esp_err_t esp_console_deinit(void);
esp_err_t esp_console_cmd_register(const esp_console_cmd_t *cmd);
esp_err_t esp_console_register_help_command(void);
esp_err_t esp_console_run(const char *cmdline, int *cmd_ret);
size_t esp_console_split_argv(char *line, char **argv, size_t argv_size);
