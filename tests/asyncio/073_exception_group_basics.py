# 073_exception_group_basics: ExceptionGroup repr, split, subgroup and except* without asyncio
# topic: exceptions
eg = ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
print(repr(eg))
print(str(eg))
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
print(eg.subgroup(TypeError).exceptions)
try:
    raise eg
except* ValueError as g:
    print("ValueError part:", g.exceptions)
except* TypeError as g:
    print("TypeError part:", g.exceptions)
try:
    raise ValueError("naked")
except* ValueError as g:
    print("a naked exception is wrapped:", repr(g))
