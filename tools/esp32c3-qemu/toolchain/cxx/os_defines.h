// The host's libstdc++ 12 headers on a bare-metal newlib target: what its os_defines.h says for newlib.
#ifndef _GLIBCXX_OS_DEFINES
#define _GLIBCXX_OS_DEFINES 1
#define __NO_CTYPE 1
#endif
