# pass and Ellipsis placeholders
def todo():
    ...
class Later:
    pass
print(todo(), Later, ..., Ellipsis is ..., type(...).__name__)
