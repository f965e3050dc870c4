#pragma once
// pow() for doubles with identical results in every build (musl's/glibc's algorithm, from
// source). CPython's float ** float on glibc computes the same thing.

namespace coroscope::num {

double libm_pow(double x, double y);

}  // namespace coroscope::num
