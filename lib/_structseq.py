"""Struct sequences (CPython's structseq: pwd.struct_passwd, grp.struct_group,
resource.struct_rusage): tuples whose items are also named attributes."""

import operator as _operator


class _StructSeq(tuple):
    __slots__ = ()

    def __new__(cls, sequence=(), dict=None):
        seq = tuple(sequence)
        n = cls.n_sequence_fields
        if len(seq) != n:
            raise TypeError("%s.%s() takes a %d-sequence (%d-sequence given)"
                            % (cls.__module__, cls.__name__, n, len(seq)))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        return "%s.%s(%s)" % (type(self).__module__, type(self).__name__,
                              ", ".join("%s=%r" % (f, v) for f, v in zip(self.__match_args__, self)))

    def __reduce__(self):
        return (type(self), (tuple(self),))


def make(name, module, fields, doc=None):
    """A struct sequence type module.name with the given field names."""
    ns = {"__slots__": (), "__module__": module, "__doc__": doc,
          "n_fields": len(fields), "n_sequence_fields": len(fields), "n_unnamed_fields": 0,
          "__match_args__": tuple(fields)}
    for i, f in enumerate(fields):
        ns[f] = property(_operator.itemgetter(i))
    return type(name, (_StructSeq,), ns)
