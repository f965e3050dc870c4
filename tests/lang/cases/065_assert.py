# assert statements
x = 5
assert x == 5, "fine"
try:
    assert x > 10, f"x is {x}"
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("empty:", repr(e))
assert x < 0, "x must be negative"
