// The little of libstdc++/libsupc++ that ESP-IDF v6.0's nvs_flash needs at run time (IDF links -lstdc++):
// Debian 12 has no bare-metal libstdc++ for RISC-V. Exceptions and RTTI are off in this build.
#include <cstdlib>
#include <new>

namespace std { const nothrow_t nothrow{}; }

void *operator new(std::size_t size) { void *p = std::malloc(size ? size : 1); if (!p) std::abort(); return p; }
void *operator new[](std::size_t size) { return ::operator new(size); }
void *operator new(std::size_t size, const std::nothrow_t &) noexcept { return std::malloc(size ? size : 1); }
void *operator new[](std::size_t size, const std::nothrow_t &) noexcept { return std::malloc(size ? size : 1); }
void operator delete(void *p) noexcept { std::free(p); }
void operator delete[](void *p) noexcept { std::free(p); }
void operator delete(void *p, std::size_t) noexcept { std::free(p); }
void operator delete[](void *p, std::size_t) noexcept { std::free(p); }
void operator delete(void *p, const std::nothrow_t &) noexcept { std::free(p); }
void operator delete[](void *p, const std::nothrow_t &) noexcept { std::free(p); }
extern "C" void __cxa_pure_virtual(void) { std::abort(); }
