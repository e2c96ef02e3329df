# bytearray error messages
tests = [
    lambda: hash(bytearray(b'x')), lambda: {bytearray(): 1}, lambda: bytearray(b'abc')[3], lambda: bytearray(b'abc')[-4],
    lambda: bytearray(b'abc')['x'], lambda: bytearray(b'a').__setitem__(0, 256), lambda: bytearray(b'a').__setitem__(0, -1),
    lambda: bytearray(b'a').__setitem__(0, 1.5), lambda: bytearray(b'a').__delitem__(5), lambda: bytearray().pop(),
    lambda: bytearray(b'a').pop(3), lambda: bytearray(b'abc').remove(120), lambda: bytearray().append('a'),
    lambda: bytearray().extend('abc'), lambda: bytearray().extend(5), lambda: bytearray().insert(0, 300),
    lambda: bytearray('abc'), lambda: bytearray(b'abc', 'utf-8'), lambda: bytearray(-5), lambda: bytearray([1, 256]),
    lambda: bytearray(['a']), lambda: bytearray(3.5), lambda: bytearray(b'ab') + 'c', lambda: bytearray(b'ab') + 1,
    lambda: bytearray(b'ab') * 'x', lambda: bytearray(b'abcd').__setitem__(slice(0, 4, 2), b'xyz'),
    lambda: bytearray(b'ab').__setitem__(slice(0, 1), 5), lambda: 'a' in bytearray(b'abc'), lambda: 300 in bytearray(b'a'),
    lambda: bytearray(b'abc').index(b'z'), lambda: bytearray(b'abc').decode('nope'), lambda: bytearray(b'\xff').decode(),
    lambda: bytearray(b'a') < 'a', lambda: b''.join([bytearray(b'a'), 'b']),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
bytearray(b'abc')[10] = 1
