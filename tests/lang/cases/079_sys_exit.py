# sys.exit with a code ends the program without a traceback
import sys
print("working")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit", e.code)
sys.exit(3)
print("unreachable")
