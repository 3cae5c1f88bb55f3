#pragma once

#include <cstdio>
#include <cstdlib>

// What a fuzz target does when a property it checks does not hold: print why and abort, which libFuzzer
// records as a crash with its reproducer, and which fails the replay of the regression inputs in ctest.
#define FUZZ_CHECK(condition, why)                                                                                     \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: property does not hold: %s\n  %s\n", __FILE__, __LINE__, #condition,          \
                         (why).toUtf8().constData());                                                                  \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
