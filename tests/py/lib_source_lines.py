# The library's source is there for tracebacks, linecache and inspect, as
# CPython's stdlib files are (coil keeps its library inside the binary and
# imports it precompiled).
import json, traceback, inspect, textwrap, linecache
try:
    json.loads('{')
except ValueError:
    tb = traceback.format_exc()
print('_default_decoder.decode(s)' in tb)
print(inspect.getsource(textwrap.dedent).splitlines()[0])
lines, start = inspect.getsourcelines(textwrap.indent)
print(lines[0].strip(), start > 0)
f = inspect.getsourcefile(textwrap)
print(linecache.getline(f, start).strip())
