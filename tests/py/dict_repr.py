# repr of dicts with keys and values of every foundation type.
print({1: "a", "b": 2.5, (1, 2): [3], None: None, True: False, 1.5: {}})
print({}, {"": ""}, {"quote'": 'dq"'}, {"é": "日本"})
print(repr({"nested": {"deeper": {"deepest": []}}}))
print(str({1: 2}) == repr({1: 2}))
