# Deep documents raise RecursionError with CPython's wording; scan_once past the end.
import json
for doc in ['[' * 100000, '{"a":' * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print('RecursionError', e)
    except ValueError as e:
        print('ValueError', e)
x = []
for i in range(100000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print('RecursionError', e)
d = json.JSONDecoder()
for i in [5, 6, 100]:
    try:
        print(d.scan_once('"\u00e9"', i))
    except StopIteration as e:
        print('Stop', e.value)
print(d.scan_once('"\u00e9" 1', 4))
