# try/except/else/finally
def div(a, b):
    try:
        r = a / b
    except ZeroDivisionError as e:
        print("caught:", e)
        return None
    else:
        print("no error")
        return r
    finally:
        print("finally")
print(div(4, 2))
print(div(1, 0))
try:
    [][1]
except (KeyError, IndexError) as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print(repr(e), e.args)
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    raise RuntimeError("boom")
except Exception as e:
    print(f"{type(e).__name__}: {e}")
def f():
    try:
        return "try"
    finally:
        print("cleanup")
print(f())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
