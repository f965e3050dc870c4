# SyntaxError: unterminated triple-quoted string
s = """abc
def
