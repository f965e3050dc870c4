# nested with and try/finally ordering
class R:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("open", self.n)
        return self.n
    def __exit__(self, *a):
        print("close", self.n)
def work():
    with R(1) as a:
        try:
            with R(2) as b:
                return a + b
        finally:
            print("finally")
print(work())
