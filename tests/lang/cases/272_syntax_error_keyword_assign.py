# SyntaxError: invalid syntax with a keyword as a name
class = 3
