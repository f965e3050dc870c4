# __context__ set automatically, __cause__ explicitly
try:
    try:
        raise KeyError("first")
    except KeyError as first:
        try:
            raise ValueError("second")
        except ValueError as second:
            print(repr(second.__context__), second.__context__ is first)
            raise TypeError("third") from second
except TypeError as third:
    print(repr(third.__cause__), repr(third.__context__), third.__suppress_context__)
