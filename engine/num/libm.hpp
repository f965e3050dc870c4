#pragma once
// exp, log and pow for doubles with the same bits in every build: the Arm optimized-routines
// algorithms that glibc and musl share, compiled from source with glibc's x86-64 FMA
// contractions written out as std::fma (see libm.cpp). They reproduce CPython on glibc/x86-64
// with FMA (math.exp, math.log for positive finite x, and float ** float via float_pow).

namespace coroscope::num {

double libm_pow(double x, double y);
double libm_exp(double x);
double libm_log(double x);

}  // namespace coroscope::num
