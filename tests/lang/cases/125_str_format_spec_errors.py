# invalid format specs raise ValueError
for spec in [".2f", "d", "x", "s"]:
    for v in [3.5, 7, "s"]:
        try:
            print(repr(format(v, spec)))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
