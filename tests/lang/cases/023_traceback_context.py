# implicit context chaining in tracebacks
try:
    1 / 0
except ZeroDivisionError:
    undefined_function()
