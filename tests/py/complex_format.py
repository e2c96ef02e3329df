for z in [1+2j, 1.5j, -0.0-2j, complex(-1.25, 0), 1e20+1e-5j, complex(float('inf'), float('nan')), 0j, 1234567.891-9876543.21j]:
    out = []
    for spec in ['', '>30', '<30', '^30', '*^30', '.2f', '+.3e', ' g', '.3', '10.2f', ',.2f', '_', 'G', '.0f', 'n', '+', '-', ' ', 'z.1f', '#g', '.2%', '010', '=10', 'd', 'x']:
        try:
            out.append(repr(format(z, spec)))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(out)
print(f'{1+2j:.1f} {3j!r:>8} {2-1j:}', '{:g}|{:e}'.format(1j, 1+1j))
