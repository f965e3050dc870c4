# subclassing builtin containers is outside the supported subset
class Stack(list):
    def peek(self):
        return self[-1]
