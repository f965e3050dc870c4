# AttributeError on None in the middle of an expression
class Node:
    def __init__(self, nxt=None):
        self.next = nxt
n = Node(Node())
print(n.next.next)
print(n.next.next.next)
