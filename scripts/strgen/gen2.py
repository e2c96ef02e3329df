import ctypes,unicodedata
u=ctypes.CDLL('libutf8proc.so.2')
for f in ('utf8proc_toupper','utf8proc_tolower','utf8proc_totitle'):
    getattr(u,f).argtypes=[ctypes.c_int32]; getattr(u,f).restype=ctypes.c_int32
out=open('tables.inc','a')
for name,fn in (('upper','utf8proc_toupper'),('lower','utf8proc_tolower'),('title','utf8proc_totitle'),('casefold','utf8proc_tolower')):
    d=[]
    for cp in range(0x110000):
        if 0xd800<=cp<0xe000: continue
        if unicodedata.category(chr(cp))=='Cn': 
            continue
        r=getattr(chr(cp),name)()
        if len(r)==1 and ord(r)!=getattr(u,fn)(cp): d.append((cp,ord(r)))
    print(name,len(d))
    out.write('static const CpMap single_%s[] = {\n'%name)
    for a,b in d: out.write('    {0x%X, 0x%X},\n'%(a,b))
    if not d: out.write('    {0xFFFFFFFF, 0},\n')
    out.write('};\n')
