# stat: file type tests, S_IMODE / S_IFMT, filemode, constants, os.stat.
import stat
import os

modes = [0o100644, 0o100755, 0o040755, 0o120777, 0o020620, 0o060660, 0o010644, 0o140755,
         0o104755, 0o102755, 0o041777, 0o041776, 0o107000, 0o000000, 0o777]
for m in modes:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          [f.__name__ for f in (stat.S_ISDIR, stat.S_ISREG, stat.S_ISLNK, stat.S_ISCHR,
                                stat.S_ISBLK, stat.S_ISFIFO, stat.S_ISSOCK) if f(m)],
          stat.S_ISDOOR(m), stat.S_ISPORT(m), stat.S_ISWHT(m))
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR,
      stat.S_ENFMT, stat.UF_HIDDEN, stat.SF_SNAPSHOT, stat.FILE_ATTRIBUTE_DIRECTORY)
st = os.stat(".")
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])
st = os.stat(__file__)
print(stat.S_ISREG(st.st_mode), stat.filemode(st.st_mode)[0])
