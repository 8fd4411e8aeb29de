/* POSIX <sys/statvfs.h>, which Espressif's toolchain libc has and its newlib sources do not install. */
#ifndef _SYS_STATVFS_H_
#define _SYS_STATVFS_H_
#include <sys/types.h>
#ifdef __cplusplus
extern "C" {
#endif
struct statvfs {
	unsigned long f_bsize, f_frsize;
	fsblkcnt_t f_blocks, f_bfree, f_bavail;
	fsfilcnt_t f_files, f_ffree, f_favail;
	unsigned long f_fsid, f_flag, f_namemax;
};
#define ST_RDONLY 0x1
#define ST_NOSUID 0x2
int statvfs(const char *__restrict path, struct statvfs *__restrict buf);
int fstatvfs(int fd, struct statvfs *buf);
#ifdef __cplusplus
}
#endif
#endif
