# Underscores group digits in every part of a number literal, the exponent too (PEP 515).
print(1e1_0, 1_0e1_0, 2.5E+0_3, 1_000.000_1e-0_2)
print(6.02_214_076e2_3 == 6.02214076e23)
print(0x_ff, 0o_1_7, 0b_1010, 1_000_000)
