# standard-library modules the interpreter does not provide fail at the import
import json
print(json.dumps([1]))
