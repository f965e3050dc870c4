from collections import deque

graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}


def bfs(start, goal):
    queue = deque([[start]])
    seen = {start}
    while queue:
        path = queue.popleft()
        node = path[-1]
        if node == goal:
            return path
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(path + [nxt])
    return None


print(bfs("A", "F"), bfs("E", "A"))


def moving_average(values, n=3):
    window = deque(maxlen=n)
    out = []
    for v in values:
        window.append(v)
        if len(window) == n:
            out.append(sum(window) / n)
    return out


print(moving_average([1, 2, 3, 4, 5, 6, 10]))


def tail(lines, n=2):
    return list(deque(lines, maxlen=n))


print(tail(["a", "b", "c", "d"]), tail([], 3))
palindrome = deque("racecar")
while len(palindrome) > 1:
    if palindrome.popleft() != palindrome.pop():
        print("no")
        break
else:
    print("palindrome")
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d, d[0], d[-1])
d.rotate(-4)
print(d)
stack = deque()
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        stack.pop()
print("balanced" if not stack else "unbalanced", stack)
