# character and base conversions
print([chr(c) for c in range(97, 102)], [ord(c) for c in "AZaz09"], hex(0), oct(-9), bin(-5), bin(0))
print(int(hex(12345), 16), int(bin(77), 2), int(oct(64), 8), chr(0x1F600) == "\U0001F600")
