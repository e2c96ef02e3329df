# complex(str) forms and complex(real, imag) combinations
for s in ['1', '1j', '-1j', '+1.5J', '1+2j', '1-2j', '(1+2j)', ' ( 3 ) ', '1e3+1e-3j', '1_000+2_0j',
          'inf+nanj', '-infj', 'nan', 'j', '-j', '+j', '2+j', '2-J', '.5j', '5.j', '1E+2-1e-2J', '\t7j\n']:
    print(repr(s), complex(s))
for s in ['', '1+', '1+2', 'j1', '1jj', '(1+2j', '1+2j)', '1__0j', '_1j', '1 + 2j', 'x', '()', '1e', '0x10j']:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(complex(), complex(2), complex(2.5), complex(True), complex(1+2j), complex(1+2j, 3), complex(1, 2+3j), complex(1j, 1j))
print(complex(-0.0), complex(0.0, -0.0), complex(real=1, imag=2), complex(imag=3), complex(10**20, 1))
class C:
    def __complex__(self):
        return 4+5j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
for args in [(None,), ([],), ('1', 2), (1, '2'), ({},)]:
    try:
        print(complex(*args))
    except TypeError as e:
        print('TypeError', e)
