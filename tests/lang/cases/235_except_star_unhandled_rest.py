# the unmatched part of a group propagates with a group traceback
def work():
    raise ExceptionGroup("jobs", [ValueError("v"), OSError("disk")])
try:
    work()
except* ValueError:
    print("values handled")
