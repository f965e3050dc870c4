# except* that re-raises keeps the unhandled parts
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError:
    print("handled ValueError")
