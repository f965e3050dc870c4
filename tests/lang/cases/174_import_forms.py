# import statement forms with built-in modules
import sys, types as t
from math import sqrt as root, floor
from time import monotonic
import math
print(root(16), floor(2.7), math.pi > 3, t.GeneratorType.__name__, sys.maxsize > 2 ** 31, monotonic() >= 0)
try:
    from math import nothing_here
except ImportError as e:
    print("ImportError for", repr(str(e).split(" from ")[0]))
