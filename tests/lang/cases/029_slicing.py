# slicing with steps and negative indices, slice assignment and deletion
s = list(range(10))
print(s[2:8:2], s[::-3], s[-3:], s[:-7], s[8:2:-2], s[100:], s[-100:2])
s[::2] = [0] * 5
print(s)
del s[1::2]
print(s)
t = "abcdefgh"
print(t[1:-1], t[::-1], t[-2::-2], t[3:3])
sl = slice(1, 6, 2)
print(s[sl], sl, sl.start, sl.stop, sl.step)
print((1, 2, 3, 4)[1:3], range(10)[2:8:3], range(10)[-1])
