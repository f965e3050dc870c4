# SyntaxError: cannot assign to function call
f() = 3
