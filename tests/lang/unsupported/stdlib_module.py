# standard-library modules the interpreter does not provide fail at the import
import os
print(os.getcwd())
