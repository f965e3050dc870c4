# exception attributes
try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
e = OSError("disk")
print(e.args, str(e))
err = ValueError("a")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)
class WithData(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise WithData(404, "not found")
except WithData as w:
    print(w, repr(w), w.code)
print(repr(SystemExit(3)), SystemExit(3).code)
