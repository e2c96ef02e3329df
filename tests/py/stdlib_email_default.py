# email: EmailMessage under the default policy (set_content/get_content, unstructured folding, encoded words)
from email.message import EmailMessage
from email import policy
m = EmailMessage()
m['Subject'] = 'A very long subject line that should definitely be folded when it goes past the seventy-eight column limit yes indeed'
m['X-Uni'] = 'caf\u00e9 au lait'
m['To'] = 'a@example.com'
m.set_content('body\n')
print(m.as_string())
print(m.as_bytes(policy=policy.SMTP))
print(m['x-uni'], m.get_content_type())
m2 = EmailMessage()
m2['Subject'] = 'r\u00e9sum\u00e9 attached'
m2['From'] = 'J\u00f6rg <j@example.de>'
m2.set_content('Gr\u00fc\u00dfe\n' * 3)
print(m2.as_string())
print(m2.get_content(), m2['subject'], m2['from'])
m3 = EmailMessage()
m3.set_content('x' * 20 + '\n', cte='quoted-printable')
print(m3.as_string())
m4 = EmailMessage(policy=policy.default.clone(cte_type='7bit'))
m4.set_content('na\u00efve\n' * 3)
print(m4.as_string())
m5 = EmailMessage()
m5.set_content(b'\x00\x01binary' * 10, maintype='application', subtype='octet-stream', filename='b.bin')
print(m5.as_string())
print(m5.get_content()[:8], m5.get_filename(), m5.is_attachment())
