# importing an unknown module fails with ModuleNotFoundError
import sys
print(sys.maxsize > 0)
import numpy
