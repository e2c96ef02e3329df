# str.translate: an ASCII string looks each distinct character up once.
tbl = str.maketrans('abc', 'xyz', 'd')
print('abcd efgh abcd'.translate(tbl), 'héllo abcd'.translate(tbl), ''.translate(tbl))
print('abc'.translate({97: 'AA', 98: None, 99: 0x263A}), 'abcabc'.translate({97: 'é'}))
class M:
    calls = 0
    def __getitem__(self, k):
        M.calls += 1
        if k == 120: raise LookupError
        return k + 1
print('abcxabc'.translate(M()), M.calls)
print('aaa'.translate({97: 'ab'}), 'aXa'.translate({ord('X'): ''}), 'abc'.translate([None, 'q'] * 60))
for bad in ({97: -1}, {97: 1.5}, {97: 0x110000}):
    try: 'abc'.translate(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
class S(str): pass
print(S('abc').translate({97: 'z'}), type(S('abc').translate({})).__name__)
