# time.monotonic and time.sleep run on the reference runner's virtual clock
import time
t0 = time.monotonic()
time.sleep(1.5)
time.sleep(0.5)
print(time.monotonic() - t0)
print(time.time() > 1.7e9, time.perf_counter() - t0 >= 2.0)
