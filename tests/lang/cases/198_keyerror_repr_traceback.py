# KeyError shows the repr of the key
settings = {"mode": "fast"}
print(settings["speed"])
