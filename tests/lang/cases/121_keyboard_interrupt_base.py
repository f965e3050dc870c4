# BaseException subclasses are not caught by except Exception
try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("not here")
except BaseException as e:
    print("base", type(e).__name__)
try:
    raise SystemExit(2)
except SystemExit as e:
    print("exit code", e.code)
