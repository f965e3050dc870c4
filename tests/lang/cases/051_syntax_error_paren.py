# SyntaxError: an unclosed parenthesis
print("start"
x = 1
