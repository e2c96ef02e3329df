import dis
def add(a, b):
    return a + b
dis.dis(add)
dis.dis(add.__code__)
dis.dis('x = 1\ny = x * 2')
print(dis.opname[dis.opmap['RETURN_VALUE']], 'LOAD_CONST' in dis.opmap, len(dis.opname))
