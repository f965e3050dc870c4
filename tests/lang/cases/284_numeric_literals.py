# numeric literal forms
print(0b1010, 0o755, 0xdead_beef, 1_000_000, 3.14_15, 1e-3, 1E3, 0.0001, 12345678901234567890)
print(type(1e3).__name__, type(10 ** 18).__name__, type(10 ** 19).__name__)
