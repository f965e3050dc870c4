# B4: recursive fib(25), pure interpreter speed.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(25))
