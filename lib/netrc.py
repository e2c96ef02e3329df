"""Reading .netrc files: machine/default entries (login, account,
password) and macdef macros. coil's own implementation of CPython 3.11's
netrc module, with its tokenizer (quotes and backslash escapes) and its
permission check for ~/.netrc."""

import os
import stat

__all__ = ["netrc", "NetrcParseError"]


class NetrcParseError(Exception):
    """A syntax error in a .netrc file."""

    def __init__(self, msg, filename=None, lineno=None):
        self.filename = filename
        self.lineno = lineno
        self.msg = msg
        Exception.__init__(self, msg)

    def __str__(self):
        return "%s (%s, line %s)" % (self.msg, self.filename, self.lineno)


class _netrclex:
    """Splits a .netrc stream into tokens, counting lines as it reads."""

    def __init__(self, fp):
        self.lineno = 1
        self.instream = fp
        self.whitespace = "\n\t\r "
        self.pushback = []

    def _read_char(self):
        ch = self.instream.read(1)
        if ch == "\n":
            self.lineno += 1
        return ch

    def get_token(self):
        if self.pushback:
            return self.pushback.pop(0)
        ch = self._read_char()
        while ch and ch in self.whitespace:
            ch = self._read_char()
        if not ch:
            return ""
        token = ""
        if ch == '"':
            # quoted: up to the closing quote, backslash takes the next char
            while True:
                ch = self._read_char()
                if not ch or ch == '"':
                    return token
                if ch == "\\":
                    ch = self._read_char()
                token += ch
        while ch:
            if ch in self.whitespace:
                return token
            if ch == "\\":
                ch = self._read_char()
            token += ch
            ch = self._read_char()
        return token

    def push_token(self, token):
        self.pushback.append(token)


class netrc:
    """The entries of a .netrc file: hosts maps a machine name (or
    'default') to (login, account, password); macros maps a name to lines."""

    def __init__(self, file=None):
        default_netrc = file is None
        if file is None:
            file = os.path.join(os.path.expanduser("~"), ".netrc")
        self.hosts = {}
        self.macros = {}
        try:
            with open(file, encoding="utf-8") as fp:
                self._parse(file, fp, default_netrc)
        except UnicodeDecodeError:
            with open(file, encoding="locale") as fp:
                self._parse(file, fp, default_netrc)

    def _parse(self, file, fp, default_netrc):
        lexer = _netrclex(fp)
        while True:
            start_line = lexer.lineno
            tt = lexer.get_token()
            if not tt:
                break
            if tt[0] == "#":
                # a lone '#' comments out the rest of its line
                if lexer.lineno == start_line and len(tt) == 1:
                    lexer.instream.readline()
                continue
            if tt == "machine":
                entryname = lexer.get_token()
            elif tt == "default":
                entryname = "default"
            elif tt == "macdef":
                self._read_macro(file, lexer, lexer.get_token())
                continue
            else:
                raise NetrcParseError("bad toplevel token %r" % tt, file, lexer.lineno)
            if not entryname:
                raise NetrcParseError("missing %r name" % tt, file, lexer.lineno)
            self.hosts[entryname] = {}
            self.hosts[entryname] = self._read_entry(file, lexer)
            self._security_check(fp, default_netrc, self.hosts[entryname][0])

    def _read_macro(self, file, lexer, name):
        lines = self.macros[name] = []
        while True:
            line = lexer.instream.readline()
            if not line:
                raise NetrcParseError("Macro definition missing null line terminator.", file,
                                      lexer.lineno)
            if line == "\n":
                return
            lines.append(line)

    def _read_entry(self, file, lexer):
        fields = {"login": "", "account": "", "password": ""}
        while True:
            start_line = lexer.lineno
            tt = lexer.get_token()
            if tt.startswith("#"):
                if lexer.lineno == start_line:
                    lexer.instream.readline()
                continue
            if tt in ("", "machine", "default", "macdef"):
                lexer.push_token(tt)
                return fields["login"], fields["account"], fields["password"]
            if tt == "user":
                tt = "login"
            if tt not in fields:
                raise NetrcParseError("bad follower token %r" % tt, file, lexer.lineno)
            fields[tt] = lexer.get_token()

    def _security_check(self, fp, default_netrc, login):
        if os.name != "posix" or not default_netrc or login == "anonymous":
            return
        st = os.fstat(fp.fileno())
        if st.st_uid != os.getuid():
            import pwd
            try:
                owner = pwd.getpwuid(st.st_uid)[0]
            except KeyError:
                owner = "uid %s" % st.st_uid
            try:
                user = pwd.getpwuid(os.getuid())[0]
            except KeyError:
                user = "uid %s" % os.getuid()
            raise NetrcParseError("~/.netrc file owner (%s, %s) does not match current user"
                                  % (owner, user))
        if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise NetrcParseError("~/.netrc access too permissive: access permissions must "
                                  "restrict access to only the owner")

    def authenticators(self, host):
        """(login, account, password) for host, else the default entry, else None."""
        if host in self.hosts:
            return self.hosts[host]
        return self.hosts.get("default")

    def __repr__(self):
        out = []
        for host, (login, account, password) in self.hosts.items():
            out.append("machine %s\n\tlogin %s\n" % (host, login))
            if account:
                out.append("\taccount %s\n" % account)
            out.append("\tpassword %s\n" % password)
        for name, lines in self.macros.items():
            out.append("macdef %s\n" % name)
            out.extend(lines)
            out.append("\n")
        return "".join(out)


if __name__ == "__main__":
    print(netrc())
