# relative imports are outside the supported subset
from . import sibling
