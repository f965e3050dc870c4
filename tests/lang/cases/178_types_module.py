# types module type objects
import types
def g():
    yield
async def c():
    pass
async def a():
    yield
co = c()
print(isinstance(g(), types.GeneratorType), isinstance(co, types.CoroutineType), isinstance(a(), types.AsyncGeneratorType))
co.close()
print(isinstance(len, types.BuiltinFunctionType), isinstance(g, types.FunctionType), isinstance(types, types.ModuleType))
