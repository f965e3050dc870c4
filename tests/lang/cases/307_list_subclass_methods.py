# a list subclass overriding append and adding state
class Log(list):
    def __init__(self, name):
        super().__init__()
        self.name = name
    def append(self, item):
        super().append(f"[{self.name}] {item}")
log = Log("app")
log.append("start")
log.append("stop")
print(log, len(log), log.name, log[0], isinstance(log, list), list(log) == log)
