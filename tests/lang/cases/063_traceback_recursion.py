# RecursionError traceback collapses repeated frames
def loop(n):
    return loop(n + 1)
loop(0)
