# bare raise re-raises the current exception with its traceback
def parse(s):
    return int(s)
def safe(s):
    try:
        return parse(s)
    except ValueError:
        print("logging and re-raising")
        raise
safe("x")
