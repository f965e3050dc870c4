# float formatting corner cases
for v in [0.0, -0.0, 1.0, 0.1, 1e-7, 123456789.0, 1.5e16, 2.5, 1/7, float("inf"), float("nan")]:
    print(repr(v), str(v), f"{v:.3g}", f"{v:e}" if v == v else "nan")
print(f"{1234.5678:10.2f}|{1234.5678:<10.1f}|{-1.5:+.2f}|{0.000123:.2e}|{12.0:g}")
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), 1e100)
