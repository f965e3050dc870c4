# comprehension scoping rules
x = "global"
def f():
    x = "local"
    return [x for _ in range(2)]
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(matrix)
flat = [n for row in matrix for n in row if n % 2]
print(flat)
gen = (i for i in range(3))
print(list(gen), list(gen))
print({k: [v for v in range(k)] for k in range(3)})
