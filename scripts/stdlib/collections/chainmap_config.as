from collections import ChainMap

defaults = {"color": "blue", "size": 10, "verbose": False}
env = {"size": 12}
cli = {"verbose": True}
config = ChainMap(cli, env, defaults)
print(config["color"], config["size"], config["verbose"])
print(sorted(config), len(config))
child = config.new_child({"color": "red"})
print(child["color"], config["color"], child.parents["color"])
child["extra"] = 1
print(child.maps[0])
try:
    del config["color"]
except KeyError as e:
    print(type(e).__name__, e)
print(config.get("missing", "n/a"), "size" in config)
