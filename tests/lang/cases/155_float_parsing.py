# float() parsing
for s in ["1.5", "-2", "1e3", " 3.25 ", "inf", "-Infinity", "nan", "1_0.5", "abc", "1.2.3"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print("ValueError:", e)
