# subclassing builtin types other than tuple, list, dict and exceptions is outside the subset
class Name(str):
    def shout(self):
        return self.upper()
