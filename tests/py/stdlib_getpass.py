# getpass: getuser() from the environment, and the fallback that reads
# stdin (with a GetPassWarning) when echo cannot be turned off.
import getpass
import io
import os
import sys
import warnings

saved = {k: os.environ.pop(k, None) for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME')}
os.environ['USER'] = 'alice'
print(getpass.getuser())
os.environ['LOGNAME'] = 'bob'
print(getpass.getuser())
del os.environ['LOGNAME'], os.environ['USER']
import pwd
print(getpass.getuser() == pwd.getpwuid(os.getuid()).pw_name)
for k, v in saved.items():
    if v is not None:
        os.environ[k] = v

stream = io.StringIO()
sys.stdin = io.StringIO("s3cret\nsecond\n")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    pw = getpass.fallback_getpass("Enter: ", stream)
print(repr(pw), repr(stream.getvalue()))
print([(x.category.__name__, str(x.message)) for x in w])
print(repr(getpass._raw_input("again> ", stream)))
try:
    getpass._raw_input("eof> ", stream)
except EOFError:
    print("EOFError")
print(issubclass(getpass.GetPassWarning, UserWarning))
