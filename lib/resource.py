"""Resource limits and usage (getrlimit, setrlimit, getrusage, getpagesize)
on _posixdb."""

import _posixdb
from _posixdb import (getrlimit, setrlimit, getpagesize, RLIM_INFINITY,
                      RLIMIT_CPU, RLIMIT_FSIZE, RLIMIT_DATA, RLIMIT_STACK, RLIMIT_CORE,
                      RLIMIT_RSS, RLIMIT_NPROC, RLIMIT_NOFILE, RLIMIT_MEMLOCK, RLIMIT_AS,
                      RLIMIT_LOCKS, RLIMIT_SIGPENDING, RLIMIT_MSGQUEUE, RLIMIT_NICE,
                      RLIMIT_RTPRIO, RLIMIT_RTTIME, RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD)
from _structseq import make as _make

error = OSError

struct_rusage = _make("struct_rusage", "resource",
                      ("ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss",
                       "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock",
                       "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"),
                      "struct_rusage: Result from getrusage.")


def getrusage(who, /):
    return struct_rusage(_posixdb.getrusage(who))
