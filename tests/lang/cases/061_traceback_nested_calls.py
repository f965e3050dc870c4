# a traceback through several frames, methods and a lambda
class Parser:
    def parse(self, text):
        return [self.convert(t) for t in text.split(",")]
    def convert(self, token):
        return int(token)
p = Parser()
print(p.parse("1,2"))
print(p.parse("3,x"))
