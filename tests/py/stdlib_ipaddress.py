# ipaddress: parsing, str/repr, arithmetic, ordering, networks (hosts,
# subnets, supernet, containment), interfaces and the error messages.
import ipaddress as ip


def t(f):
    try:
        r = f()
        if hasattr(r, '__next__'):
            r = list(r)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for s in ['192.168.1.1', '0.0.0.0', '255.255.255.255', 3232235777, b'\x7f\x00\x00\x01',
          '::1', '2001:db8::1', '2001:0db8:0000:0000:0000:ff00:0042:8329', '::',
          '1:0:0:1:0:0:0:1', '1:0:0:2:0:0:1:0', '::ffff:1.2.3.4', 'fe80::1%eth0',
          2 ** 40, 'FFFF::ABCD', '0:0:0:0:0:0:0:1', '1::']:
    t(lambda: ip.ip_address(s))
for s in ['1.2.3', '1.2.3.256', '1.2.3.04', '01.2.3.4', 'a.b.c.d', '1.2.3.4.5', '',
          '::1::', '1:2:3:4:5:6:7:8:9', 'gggg::', '12345::', ':1', '1:', '1.2.3.4/24',
          -1, 2 ** 128, '1::2:3:4:5:6:7:8', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:']:
    t(lambda: ip.ip_address(s))
for s in ['1.2.3', '1.2.3.256', '1.2.3.04', 'a.b.c.d', '', '1..2.3', '1.2.3.4/8',
          '1234.1.1.1', -5, 2 ** 32, b'abc']:
    t(lambda: ip.IPv4Address(s))
for s in ['::1::', '1:2:3:4:5:6:7:8:9', 'gggg::', '12345::', ':1', '1:', '',
          '1:2:3:4:5:6:7::8:9', '1:2:3', '::1.2.3.300', ':1:2::3', '1::2:', 'fe80::1%']:
    t(lambda: ip.IPv6Address(s))

a = ip.IPv4Address('10.0.0.250')
print(a + 10, a - 250, int(a), a.packed, a.version, a.max_prefixlen)
print(a.exploded, a.compressed, a.reverse_pointer)
print(format(a, 'b'), format(a, '#x'), format(a, '_X'), format(a, 's'), f'{a:>15s}|')
b6 = ip.IPv6Address('2001:db8::8:800:200c:417a')
print(b6, b6.exploded, b6.packed.hex(), b6 + 1, format(b6, '#_x'))
print(b6.reverse_pointer)
print(ip.IPv6Address('::ffff:1.2.3.4').ipv4_mapped, ip.IPv6Address('2002:c000:22a::').sixtofour)
print(ip.IPv6Address('2001:0:4136:e378:8000:63bf:3fff:fdd2').teredo)
print(ip.IPv6Address('fe80::1%eth0').scope_id, ip.IPv6Address('fe80::1%eth0') == ip.IPv6Address('fe80::1'))
t(lambda: ip.IPv4Address('255.255.255.255') + 1)
t(lambda: ip.IPv4Address('1.2.3.4') + ip.IPv4Address('1.2.3.3'))
t(lambda: ip.IPv4Address('1.2.3.4') < ip.IPv6Address('::1'))
print(ip.IPv4Address('1.2.3.4') == '1.2.3.4', ip.IPv4Address('1.2.3.4') == ip.IPv4Address(16909060))
print(sorted([ip.ip_address('10.0.0.2'), ip.ip_address('9.255.0.0'), ip.ip_address('10.0.0.1')]))
print(max(ip.ip_address('::2'), ip.ip_address('::10')), ip.ip_address('1.1.1.1') <= ip.ip_address('1.1.1.1'))
print(len({ip.ip_address('1.1.1.1'), ip.ip_address('1.1.1.1'), ip.ip_address('::1')}))
for s in ['127.0.0.1', '10.1.2.3', '8.8.8.8', '224.0.0.1', '169.254.1.1', '0.0.0.0',
          '240.0.0.1', '100.64.0.1', '::1', 'fe80::1', 'ff02::1', '2001:db8::1', '2606:4700::1', '::']:
    x = ip.ip_address(s)
    print(s, x.is_private, x.is_global, x.is_loopback, x.is_multicast, x.is_link_local,
          x.is_reserved, x.is_unspecified)

for s in ['10.0.0.0/8', '10.0.0.1/8', '10.0.0.0/33', '10.0.0.0/255.0.0.0', '10.0.0.0/0.0.0.255',
          '10.0.0.0/255.0.255.0', '2001:db8::/129', '2001:db8::1/32', 'x/24', '10.0.0.0/24/3',
          '10.0.0.0/ 8', '192.168.1.7', '2001:db8::/32', ('10.0.0.0', 8), (167772160, '255.0.0.0'),
          '10.0.0.0/x']:
    t(lambda: ip.ip_network(s))
for s in ['10.0.0.0/33', '10.0.0.0/255.0.255.0', '10.0.0.0/24/3', '10.0.0.0/x', '10.0.0.1/8']:
    t(lambda: ip.IPv4Network(s))
print(ip.ip_network('10.0.0.1/8', strict=False))

n = ip.ip_network('192.168.0.0/28')
print(n, repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen)
print(n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded)
print(list(n.hosts())[:3], len(list(n.hosts())), n[0], n[-1], n[3])
t(lambda: n[16])
t(lambda: n[-17])
print(ip.ip_address('192.168.0.5') in n, ip.ip_address('192.168.0.16') in n,
      ip.ip_address('::1') in n, ip.ip_network('192.168.0.0/29') in n)
print(list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.7/32').hosts()))
print(list(ip.ip_network('2001:db8::/126').hosts()))
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2))[:2], list(n.subnets(new_prefix=30))[-1])
print(n.supernet(), n.supernet(prefixlen_diff=4), n.supernet(new_prefix=16))
print(list(ip.ip_network('1.2.3.4/32').subnets()), ip.ip_network('0.0.0.0/0').supernet())
t(lambda: n.subnets(new_prefix=23))
t(lambda: n.subnets(prefixlen_diff=1, new_prefix=29))
t(lambda: n.subnets(prefixlen_diff=5))
t(lambda: n.supernet(new_prefix=29))
t(lambda: n.supernet(prefixlen_diff=30))
t(lambda: n.address_exclude(ip.ip_network('192.168.0.2/31')))
t(lambda: n.address_exclude(ip.ip_network('11.0.0.0/24')))
t(lambda: n.subnet_of(ip.ip_network('::/0')))
print(n.subnet_of(ip.ip_network('192.168.0.0/16')), n.supernet_of(ip.ip_network('192.168.0.8/29')),
      n.overlaps(ip.ip_network('192.168.0.8/30')), n.overlaps(ip.ip_network('10.0.0.0/8')))
print(n.compare_networks(ip.ip_network('192.168.0.0/29')), n == ip.ip_network('192.168.0.0/28'),
      sorted([ip.ip_network('10.0.0.0/8'), ip.ip_network('10.0.0.0/16'), ip.ip_network('9.0.0.0/8')]))
t(lambda: ip.ip_network('10.0.0.0/8') < ip.ip_network('::/0'))
print(ip.ip_network('2001:db8::/32').num_addresses, ip.ip_network('2001:db8::/32').exploded,
      ip.ip_network('2001:db8::/32')[1])
print(ip.ip_network('10.0.0.0/8').is_private, ip.ip_network('8.0.0.0/8').is_global)

i4 = ip.ip_interface('192.168.1.10/24')
print(i4, repr(i4), i4.ip, i4.network, i4.netmask, i4.hostmask, i4.with_prefixlen,
      i4.with_netmask, i4.with_hostmask)
i6 = ip.ip_interface('2001:db8::5/64')
print(i6, i6.ip, i6.network, i6.exploded)
print(ip.ip_interface('10.0.0.1') == ip.IPv4Interface('10.0.0.1/32'), ip.ip_interface('1.2.3.4/24') < ip.ip_interface('1.2.3.5/24'))
t(lambda: ip.ip_interface('nope'))

print(list(ip.summarize_address_range(ip.IPv4Address('10.0.0.0'), ip.IPv4Address('10.0.0.10'))))
print(list(ip.summarize_address_range(ip.IPv6Address('::'), ip.IPv6Address('::ff'))))
print(list(ip.summarize_address_range(ip.IPv4Address('0.0.0.0'), ip.IPv4Address('255.255.255.255'))))
t(lambda: ip.summarize_address_range(ip.IPv4Address('10.0.0.5'), ip.IPv4Address('10.0.0.1')))
t(lambda: ip.summarize_address_range(ip.IPv4Address('10.0.0.5'), ip.IPv6Address('::1')))
t(lambda: ip.summarize_address_range(ip.ip_network('10.0.0.0/8'), ip.IPv4Address('11.0.0.0')))
print(list(ip.collapse_addresses([ip.IPv4Network('10.0.0.0/25'), ip.IPv4Network('10.0.0.128/25'),
                                  ip.IPv4Network('10.0.1.0/24'), ip.IPv4Address('10.0.2.0'),
                                  ip.IPv4Address('10.0.2.1'), ip.IPv4Network('10.0.0.64/26')])))
print(list(ip.collapse_addresses([ip.IPv6Network('::/1'), ip.IPv6Network('8000::/1')])))
print(ip.v4_int_to_packed(3232235777), ip.v6_int_to_packed(1)[-2:])
t(lambda: ip.v4_int_to_packed(2 ** 32))
print(sorted([ip.ip_network('10.0.0.0/8'), ip.ip_address('1.1.1.1')], key=ip.get_mixed_type_key))
print(issubclass(ip.AddressValueError, ValueError), issubclass(ip.NetmaskValueError, ValueError))
