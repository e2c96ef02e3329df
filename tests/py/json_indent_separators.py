import json
doc = {"b": [1, {"z": None, "a": [True, False]}, []], "a": {"nested": {"deep": [1.5, "x"]}}, "c": {}, "d": ""}
for indent in (None, 0, 1, 4, "  ", "->"):
    print(repr(json.dumps(doc, indent=indent)))
for seps in ((",", ":"), (", ", ": "), (" , ", " : "), (";", "=")):
    print(json.dumps(doc, separators=seps, sort_keys=True))
print(json.dumps(doc, indent=2, separators=(",", ": "), sort_keys=True))
print(json.dumps([[[]]], indent=2))
print(json.dumps([{}], indent=2))
print(json.dumps({"k": [1, 2]}, indent=3, sort_keys=True))
print(json.dumps(list(range(3)), indent=None, separators=(",", ":")))
print(json.dumps({"z": 1, "y": 2, "x": {"c": 3, "b": 4}}, sort_keys=True))
try:
    json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e:
    print(e)
print(json.dumps((1, (2, 3)), indent=1))
