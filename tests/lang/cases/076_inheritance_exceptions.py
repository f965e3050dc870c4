# exception hierarchy checks
for exc in [ZeroDivisionError, KeyError, IndexError, StopIteration, GeneratorExit,
            KeyboardInterrupt, RecursionError, NotImplementedError, ModuleNotFoundError,
            UnboundLocalError, TimeoutError, ExceptionGroup]:
    print(exc.__name__, [c.__name__ for c in exc.__mro__[1:]])
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(BaseExceptionGroup, Exception))
