
/* esp-console-prov (tools/esp32c3-qemu): IDF v6.0's multi_heap calls tlsf_find_containing_block, which the
 * fetched espressif/tlsf 'idf' branch predates: the used block that holds ptr, found by walking the pool. */
struct esp32c3_qemu_search { void *ptr; void *block; };
static bool esp32c3_qemu_find_block(void *block, size_t size, int used, void *user)
{
	struct esp32c3_qemu_search *search = (struct esp32c3_qemu_search *)user;
	if (used && (char *)search->ptr >= (char *)block && (char *)search->ptr < (char *)block + size) {
		search->block = block;
		return false;
	}
	return true;
}
void *tlsf_find_containing_block(pool_t pool, void *ptr)
{
	struct esp32c3_qemu_search search = { ptr, NULL };
	tlsf_walk_pool(pool, esp32c3_qemu_find_block, &search);
	return search.block;
}
