# Traceback of an exception from __exit__ during normal exit of a with.
class Bad:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise ValueError("bad exit")

def use():
    with Bad():
        print("in body")

use()
