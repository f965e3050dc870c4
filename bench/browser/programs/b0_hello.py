# B0 cold start: the time from navigation to this first line.
print('hello')
