# Comparing, printing and hashing nested data recurse in C++: CPython's recursion limit stops
# comparison and repr (RecursionError) long before the C++ stack would overflow; tuple hashing
# has no recursion check in CPython, so a 100,000-deep tuple has a hash.

def nested(make, depth):
    x = make(())
    for _ in range(depth):
        x = make(x)
    return x


def attempt(label, f):
    try:
        print(label, f())
    except RecursionError as e:
        print(label, "RecursionError:", e)


a = nested(lambda x: [x], 10_000)
b = nested(lambda x: [x], 10_000)
attempt("list ==", lambda: a == b)
attempt("list <", lambda: a < b)
attempt("list != identical", lambda: a != a)
attempt("list in", lambda: a in [b])
attempt("tuple ==", lambda: nested(lambda x: (x,), 5000) == nested(lambda x: (x,), 5000))
attempt("dict ==", lambda: nested(lambda x: {1: x}, 5000) == nested(lambda x: {1: x}, 5000))
attempt("sorted", lambda: len(sorted([a, b])))
attempt("max", lambda: len(max(a, b)))

# Shallow enough for the limit: these work.
attempt("list == 500", lambda: nested(lambda x: [x], 500) == nested(lambda x: [x], 500))
attempt("repr 500", lambda: len(repr(nested(lambda x: [x], 500))))
attempt("str 500", lambda: len(str(nested(lambda x: (x,), 500))))

attempt("repr list", lambda: len(repr(a)))
attempt("repr tuple", lambda: len(repr(nested(lambda x: (x,), 10_000))))
attempt("repr dict", lambda: len(repr(nested(lambda x: {"k": x}, 10_000))))
attempt("str list", lambda: len(str(a)))
attempt("f-string", lambda: len(f"{a}"))
attempt("format", lambda: len(format(a, "")))
attempt("print", lambda: print(a))

deep = nested(lambda x: (x,), 100_000)
attempt("hash tuple", lambda: hash(deep))
attempt("hash tuple again", lambda: hash(deep) == hash(nested(lambda x: (x,), 100_000)))
attempt("set member", lambda: deep in {deep})
attempt("hash mixed", lambda: hash(nested(lambda x: (1, x, 2.5, -7), 20_000)))
print("done")
