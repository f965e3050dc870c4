# nested exception groups print as a tree
def fail(msg):
    raise ValueError(msg)
errs = []
for m in ["a", "b"]:
    try:
        fail(m)
    except ValueError as e:
        errs.append(e)
inner = ExceptionGroup("inner", errs)
raise ExceptionGroup("outer", [inner, TypeError("t")])
