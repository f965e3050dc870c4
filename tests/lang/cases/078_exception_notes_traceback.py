# notes are printed after the exception line
def check(v):
    if v < 0:
        e = ValueError(f"bad value {v}")
        e.add_note("values must be non-negative")
        raise e
check(1)
check(-2)
