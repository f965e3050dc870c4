# dict() conversion errors
for arg in [[(1, 2, 3)], [1], "ab"]:
    try:
        print(dict(arg))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict([("a", 1)], b=2), dict({"x": 0}))
