# complex numbers are outside the supported subset
z = 3 + 4j
print(abs(z))
