# int and float methods
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (2 ** 100).bit_length(), (7).bit_count())
print((3.0).is_integer(), (3.5).is_integer(), (0.75).as_integer_ratio(), (5).conjugate())
print((10).__class__.__name__, 3 .real, (2.5).real)
