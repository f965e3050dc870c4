from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config["color"], config["user"], config["debug"], len(config), sorted(config))
print(config)
print(list(config.keys()), list(config.items()))
config["color"] = "blue"
print(cli, defaults["color"])
child = config.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[0], len(child.maps))
print("color" in config, "missing" in config, config.get("missing", "dflt"))
try:
    config["missing"]
except KeyError as e:
    print("KeyError", e)
del config["color"]
print(cli)
try:
    del config["user"]
except KeyError as e:
    print("KeyError", e)
print(ChainMap(), ChainMap({"a": 1}).new_child(), bool(ChainMap({})), bool(ChainMap({"a": 1})))
print(dict(ChainMap({"a": 1}, {"a": 2, "b": 3})), ChainMap({"a": 1}) | {"b": 2})
print(config.pop("debug"), config.maps)
scopes = ChainMap({"x": 1})
inner = scopes.new_child()
inner["x"] = 2
inner["y"] = 3
print(inner["x"], scopes["x"], inner, inner.parents)
