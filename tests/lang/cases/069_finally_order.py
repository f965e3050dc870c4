# finally runs on return, break, continue and exceptions, in order
def f():
    for i in range(3):
        try:
            try:
                if i == 0:
                    continue
                if i == 1:
                    raise KeyError(i)
                return "ret"
            finally:
                print("inner finally", i)
        except KeyError:
            print("caught", i)
        finally:
            print("outer finally", i)
print(f())
def g():
    try:
        return 1
    finally:
        return 2
print(g())
def h():
    try:
        raise ValueError
    finally:
        print("cleanup before propagate")
try:
    h()
except ValueError:
    print("propagated")
