# sys attributes
import sys
print(sys.version_info[0], sys.version_info[:2] >= (3, 11), sys.getrecursionlimit())
print(type(sys.argv).__name__, sys.stdout is not sys.stderr, "sys" in sys.modules)
