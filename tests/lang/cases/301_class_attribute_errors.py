# AttributeError messages for classes, modules and instances
import math
class K:
    pass
for expr in [lambda: K.missing, lambda: K().missing, lambda: math.nope, lambda: (1).nope, lambda: "s".nope]:
    try:
        expr()
    except AttributeError as e:
        print(e)
