# str.format corner cases
print("{:*>10}".format("r"), "{:=+8.2f}".format(-3.5), "{:#x}".format(255), "{:%}".format(0.125))
print("{0!r:>10}".format("s"), "{a[0]}-{a[1]}".format(a=[1, 2]), "{x.real}".format(x=3))
print("{:,.2f}".format(1234567.891), "{:_d}".format(10**9), "{:e}".format(0.00012))
try:
    "{}{}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
