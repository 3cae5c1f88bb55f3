#pragma once

// Happens-before marks for ThreadSanitizer, for a hand-off between threads that it cannot see: one carried by
// a primitive inside Qt's library, which is not built with TSan (Debian's Qt), so its futexes and atomics are
// invisible and the accesses of our code on both sides of the hand-off look like a race. The thread that hands
// over marks ARRSCORE_HAPPENS_BEFORE(address) after its last access; the one that takes over marks
// ARRSCORE_HAPPENS_AFTER(address) before its first; both name the same address. Each use says which Qt
// primitive carries the real ordering. Nothing at all in a build without TSan.
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define ARRSCORE_TSAN 1
#endif
#endif
#if defined(__SANITIZE_THREAD__) && !defined(ARRSCORE_TSAN)
#define ARRSCORE_TSAN 1
#endif

#ifdef ARRSCORE_TSAN
#include <sanitizer/tsan_interface.h>
#define ARRSCORE_HAPPENS_BEFORE(address) __tsan_release(static_cast<void *>(address))
#define ARRSCORE_HAPPENS_AFTER(address) __tsan_acquire(static_cast<void *>(address))
#else
#define ARRSCORE_HAPPENS_BEFORE(address) static_cast<void>(address)
#define ARRSCORE_HAPPENS_AFTER(address) static_cast<void>(address)
#endif
