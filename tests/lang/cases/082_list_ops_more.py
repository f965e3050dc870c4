# list aliasing, nested lists, list of lists pitfalls
a = [[0] * 3] * 2
a[0][0] = 1
print(a)
b = [[0] * 3 for _ in range(2)]
b[0][0] = 1
print(b)
c = [1, 2, 3]
d = c
d.append(4)
print(c, c is d, c == c[:], c is c[:])
print([1, [2, 3]] == [1, [2, 3]], [3, 1] > [2, 9], min([[2], [1, 5]]))
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
queue = [1, 2, 3]
print(queue.pop(0), queue)
print(list("abc"), list(range(3)), list({1: 2}), list((1, 2)))
x = [5, 2, 9, 1]
y = sorted(x)
print(x, y, x.sort(), x)
print([i for i in range(20) if i % 3 == 0][-2:], [0] * 0, [] + [])
