# a context manager measuring virtual time
import time
class Timer:
    def __enter__(self):
        self.start = time.monotonic()
        return self
    def __exit__(self, *exc):
        self.elapsed = time.monotonic() - self.start
        print(f"elapsed {self.elapsed:.1f}s")
with Timer() as t:
    time.sleep(2)
print(t.elapsed >= 2)
