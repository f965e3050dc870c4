# except* with a tuple of types and an unmatched remainder
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as eg:
        print("matched", sorted(type(e).__name__ for e in eg.exceptions))
except* KeyError as rest:
    print("outer matched", repr(rest.exceptions))
