# an unhandled ExceptionGroup with two leaves
raise ExceptionGroup("two problems", [ValueError("bad value"), TypeError("bad type")])
