# return from inside except and finally interplay
def f():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally still runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print("finally", i)
print(g())
