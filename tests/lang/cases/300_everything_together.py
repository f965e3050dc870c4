# a final scenario mixing generators, classes, exceptions and comprehensions
import types
class Job:
    def __init__(self, name, steps, fail_at=None):
        self.name, self.steps, self.fail_at = name, steps, fail_at
    async def run(self):
        done = 0
        for s in range(self.steps):
            await pause()
            if s == self.fail_at:
                raise RuntimeError(f"{self.name} failed at step {s}")
            done += 1
        return f"{self.name}: {done} steps"
@types.coroutine
def pause():
    yield
def schedule(jobs):
    running = {job.name: job.run() for job in jobs}
    results, errors = {}, []
    while running:
        for name in list(running):
            try:
                running[name].send(None)
            except StopIteration as e:
                results[name] = e.value
                del running[name]
            except RuntimeError as e:
                errors.append(e)
                del running[name]
    return results, errors
results, errors = schedule([Job("a", 2), Job("b", 3, fail_at=1), Job("c", 1)])
print(results)
try:
    if errors:
        raise ExceptionGroup("some jobs failed", errors)
except* RuntimeError as eg:
    print([str(e) for e in eg.exceptions])
