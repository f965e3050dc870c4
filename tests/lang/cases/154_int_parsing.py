# int() parsing rules
for s in ["42", "-7", "  12  ", "1_000", "0x1f", "0b101", "0o17", "12a", "", "1__0", "٣"]:
    try:
        print(repr(s), int(s, 0) if s.startswith("0") and len(s) > 1 else int(s))
    except ValueError as e:
        print("ValueError:", e)
print(int("z", 36), int("101", 2), int("FF", 16), int(" -0x10 ", 16))
