# An uncaught json.JSONDecodeError names the class by the module CPython defines it in
# (json.decoder), in its repr and on the last line of the traceback.
import json

print(json.JSONDecodeError, json.JSONDecodeError.__module__)
try:
    json.loads('{"a": }')
except ValueError as e:
    print(type(e).__name__, e.pos, e)
json.loads("{bad json}")
