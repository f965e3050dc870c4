# except* handles matching parts of a group
def run():
    raise ExceptionGroup("errors", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
try:
    run()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", repr(eg))
try:
    try:
        run()
    except* TypeError:
        print("handled types only")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
