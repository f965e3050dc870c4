# SyntaxError: expected ':' after a def
def f()
    return 1
