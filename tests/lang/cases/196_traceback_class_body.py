# errors in a class body name the class frame
class Broken:
    x = 1
    y = x / 0
