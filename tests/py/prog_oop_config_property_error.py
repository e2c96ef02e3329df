import json
class Config:
    def __init__(self, d): self.d = d
    @property
    def port(self): return int(self.d["port"])
def load(s):
    return Config(json.loads(s))
c = load('{"port": "80x"}')
print(c.port)
