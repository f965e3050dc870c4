# IndentationError after a class definition
class A:
pass
