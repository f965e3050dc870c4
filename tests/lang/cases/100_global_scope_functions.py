# functions reading and writing module globals
config = {"debug": False}
counter = 0
def toggle():
    config["debug"] = not config["debug"]
def bump():
    global counter
    counter += 1
    return counter
toggle()
bump(); bump()
print(config, counter)
def make():
    global created
    created = "yes"
make()
print(created)
print(sorted(k for k in globals() if not k.startswith("__")))
