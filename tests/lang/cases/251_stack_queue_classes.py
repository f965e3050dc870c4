# stack and queue classes with error handling
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __bool__(self):
        return bool(self._items)
s = Stack()
for c in "abc":
    s.push(c)
out = []
while s:
    out.append(s.pop())
print(out)
try:
    s.pop()
except IndexError as e:
    print(e)
