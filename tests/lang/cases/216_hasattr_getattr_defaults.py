# getattr with defaults and dynamic attribute names
class Cfg:
    debug = False
c = Cfg()
for name in ["debug", "verbose"]:
    print(name, hasattr(c, name), getattr(c, name, "n/a"))
setattr(c, "verbose", True)
print(getattr(c, "verbose"), c.verbose)
delattr(c, "verbose")
print(hasattr(c, "verbose"))
try:
    getattr(c, "missing")
except AttributeError as e:
    print("AttributeError:", e)
