# collections.abc: the ABCs live in _collections_abc (as in CPython), so that collections can
# use them without importing its own submodule.
from _collections_abc import *
from _collections_abc import __all__
