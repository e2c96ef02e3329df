import pprint

text = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod "
        "tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim "
        "veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip.")
pprint.pprint(text)
pprint.pprint(text, width=40)
pprint.pprint(text, width=25)
pprint.pprint([text, 'short', text[:50]], width=50)
pprint.pprint({'doc': text, 'n': 1}, width=60)
pprint.pprint((text,), width=60)
pprint.pprint('line one\nline two is a bit longer\n\nlast line', width=20)
pprint.pprint('a' * 100, width=40)
pprint.pprint('word ' * 30, width=30)
pprint.pprint("quote's \"mixed\" \t tabs\n" * 4, width=30)
pprint.pprint('', width=1)
pprint.pprint({'k': ''}, width=3)
pprint.pprint(bytes(range(40)), width=30)
pprint.pprint(b'abcdefghijklmnopqrstuvwxyz' * 3, width=30)
pprint.pprint([b'hello world, bytes here', b'abc'], width=20)
pprint.pprint(bytearray(b'0123456789' * 6), width=40)
pprint.pprint(b'abcd', width=2)
pprint.pprint({'s': 'x' * 50, 'b': b'y' * 50}, width=30)
print(pprint.pformat(text, width=50))
