# exceptions defined in __main__ print without a module prefix
class AppError(Exception):
    pass
class Outer:
    class InnerError(AppError):
        pass
raise Outer.InnerError("nested class exception")
