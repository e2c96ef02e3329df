"""Command-line parsing: ArgumentParser, Namespace and their helpers.

coil's own implementation of the standard `argparse` module, covering what
scripts use: positional and optional arguments, the store / store_const /
store_true / store_false / append / append_const / extend / count / help /
version actions and Action subclasses, nargs (N, '?', '*', '+', REMAINDER),
type, choices, default, required, dest, metavar, argument groups, mutually
exclusive groups, subparsers, set_defaults, parse_known_args, fromfile-free
prefix_chars, and usage / help output laid out as CPython 3.11 lays it out
(the width comes from $COLUMNS, else 80, minus 2).
"""

import os
import sys

__all__ = ["ArgumentParser", "ArgumentError", "ArgumentTypeError", "Action", "FileType",
           "HelpFormatter", "RawDescriptionHelpFormatter", "RawTextHelpFormatter",
           "ArgumentDefaultsHelpFormatter", "MetavarTypeHelpFormatter", "Namespace",
           "BooleanOptionalAction", "ONE_OR_MORE", "OPTIONAL", "PARSER", "REMAINDER",
           "SUPPRESS", "ZERO_OR_MORE"]

SUPPRESS = "==SUPPRESS=="
OPTIONAL = "?"
ZERO_OR_MORE = "*"
ONE_OR_MORE = "+"
PARSER = "A..."
REMAINDER = "..."


class Namespace:
    """A plain attribute bag; repr lists the attributes in assignment order."""

    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        parts = []
        other = {}
        for k, v in self.__dict__.items():
            if k.isidentifier():
                parts.append("%s=%r" % (k, v))
            else:
                other[k] = v
        if other:
            parts.append("**%r" % (other,))
        return "Namespace(%s)" % ", ".join(parts)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error tied to one argument: str() names it."""

    def __init__(self, argument, message):
        self.argument_name = _argument_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return "argument %s: %s" % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type= callables to give their own message."""


def _argument_name(action):
    if action is None:
        return None
    if action.option_strings:
        return "/".join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


# ---- actions -------------------------------------------------------------------------

class Action:
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        names = ["option_strings", "dest", "nargs", "const", "default", "type", "choices",
                 "required", "help", "metavar"]
        return [(n, getattr(self, n)) for n in names]

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join("%s=%r" % kv for kv in self._get_kwargs()))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(".__call__() not defined")


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for store actions must be != 0; if you have nothing to "
                             "store, actions such as store true or store const may be more "
                             "appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        if nargs == 0:
            raise ValueError("nargs for append actions must be != 0; if arg strings are not "
                             "supplying the value to append, the append const action may be "
                             "more appropriate")
        if const is not None and nargs != OPTIONAL:
            raise ValueError("nargs must be %r to supply const" % OPTIONAL)
        super().__init__(option_strings, dest, nargs, const, default, type, choices,
                         required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, 1 if count is None else count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        strings = []
        for s in option_strings:
            strings.append(s)
            if s.startswith("--"):
                strings.append("--no-" + s[2:])
        super().__init__(strings, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith("--no-"))

    def format_usage(self):
        return " | ".join(self.option_strings)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += " (%s)" % ", ".join(aliases)
            super().__init__(option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get("prog") is None:
            kwargs["prog"] = "%s %s" % (self._prog_prefix, name)
        aliases = kwargs.pop("aliases", ())
        if name in self._name_parser_map:
            raise ArgumentError(self, "conflicting subparser: %s" % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, "conflicting subparser alias: %s" % alias)
        if "help" in kwargs:
            help = kwargs.pop("help")
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, help))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        try:
            sub = self._name_parser_map[name]
        except KeyError:
            choices = ", ".join(map(repr, self._name_parser_map))
            raise ArgumentError(self, "invalid choice: %r (choose from %s)" % (name, choices))
        subnamespace, rest = sub.parse_known_args(rest, None)
        for k, v in vars(subnamespace).items():
            setattr(namespace, k, v)
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED, [])
            getattr(namespace, _UNRECOGNIZED).extend(rest)


_UNRECOGNIZED = "_unrecognized_args"


class FileType:
    """type= factory opening the named file ('-' is stdin/stdout)."""

    def __init__(self, mode="r", bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == "-":
            if "r" in self._mode:
                return sys.stdin
            if any(c in self._mode for c in "wax"):
                return sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        args = [self._mode, self._bufsize]
        kwargs = [("encoding", self._encoding), ("errors", self._errors)]
        text = ", ".join([repr(a) for a in args if a != -1] +
                         ["%s=%r" % (k, v) for k, v in kwargs if v is not None])
        return "%s(%s)" % (type(self).__name__, text)


# ---- help formatting -----------------------------------------------------------------

def _wrap(text, width):
    """Greedy word wrap of whitespace-normalised text into lines <= width."""
    words = text.split()
    lines = []
    cur = ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            try:
                width = int(os.environ["COLUMNS"])
            except (KeyError, ValueError):
                width = 80
            width -= 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._parts = []

    # the pieces a parser adds, in order
    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._parts.append(("usage", (usage, actions, groups, prefix)))

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._parts.append(("text", text))

    def start_section(self, heading):
        self._parts.append(("section", heading))

    def end_section(self):
        self._parts.append(("end", None))

    def add_argument(self, action):
        self._parts.append(("arg", action))

    def add_arguments(self, actions):
        for a in actions:
            self.add_argument(a)

    # text transforms the Raw* subclasses change
    def _fill_text(self, text, width, indent):
        return "\n".join(indent + line for line in _wrap(text, width - len(indent)))

    def _split_lines(self, text, width):
        return _wrap(text, width)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = "{%s}" % ",".join(str(c) for c in action.choices)
        else:
            result = default_metavar

        def fmt(n):
            if isinstance(result, tuple):
                return result
            return (result,) * n
        return fmt

    def _format_args(self, action, default_metavar):
        get = self._metavar_formatter(action, default_metavar)
        n = action.nargs
        if n is None:
            return "%s" % get(1)
        if n == OPTIONAL:
            return "[%s]" % get(1)
        if n == ZERO_OR_MORE:
            m = get(1)
            if len(m) == 2:
                return "[%s [%s ...]]" % m
            return "[%s ...]" % m
        if n == ONE_OR_MORE:
            return "%s [%s ...]" % get(2)
        if n == REMAINDER:
            return "..."
        if n == PARSER:
            return "%s ..." % get(1)
        if n == SUPPRESS:
            return ""
        try:
            fmts = ["%s"] * n
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return " ".join(fmts) % get(n)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for k in list(params):
            if params[k] is SUPPRESS:
                del params[k]
        for k in list(params):
            if hasattr(params[k], "__name__"):
                params[k] = params[k].__name__
        if params.get("choices") is not None:
            params["choices"] = ", ".join(str(c) for c in params["choices"])
        return self._get_help_string(action) % params

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return " ".join(self._metavar_formatter(action, default)(1))
        if action.nargs == 0:
            return ", ".join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args = self._format_args(action, default)
        return ", ".join("%s %s" % (s, args) for s in action.option_strings)

    def _iter_subactions(self, action):
        get = getattr(action, "_get_subactions", None)
        return get() if get else []

    def _action_max_length(self, actions, indent):
        m = 0
        for a in actions:
            if a.help is SUPPRESS:
                continue
            m = max(m, len(self._format_action_invocation(a)) + indent)
            for s in self._iter_subactions(a):
                m = max(m, len(self._format_action_invocation(s)) + indent + self._indent_increment)
        return m

    def _format_action(self, action, indent, help_position):
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        lines = []
        if not action.help:
            lines.append(" " * indent + header + "\n")
        elif len(header) <= action_width:
            help_lines = self._split_lines(self._expand_help(action), help_width)
            first = help_lines[0] if help_lines else ""
            lines.append(" " * indent + header.ljust(action_width) + "  " + first + "\n")
            for hl in help_lines[1:]:
                lines.append(" " * help_position + hl + "\n")
        else:
            lines.append(" " * indent + header + "\n")
            for hl in self._split_lines(self._expand_help(action), help_width):
                lines.append(" " * help_position + hl + "\n")
        for sub in self._iter_subactions(action):
            if sub.help is SUPPRESS:
                continue
            lines.append(self._format_action(sub, indent + self._indent_increment, help_position))
        return "".join(lines)

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = "usage: "
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif not actions:
            usage = "%(prog)s" % dict(prog=self._prog)
        else:
            prog = "%(prog)s" % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._usage_parts(optionals, groups)
            pos_parts = self._usage_parts(positionals, groups)
            usage = " ".join(p for p in [prog] + opt_parts + pos_parts if p)
            text_width = self._width - self._indent_increment * 0
            if len(prefix) + len(usage) > text_width:
                def get_lines(parts, indent, prefix=None):
                    lines = []
                    line = []
                    line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + " ".join(line))
                            line = []
                            line_len = len(indent) - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + " ".join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = " " * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = " " * len(prefix)
                    parts = opt_parts + pos_parts
                    lines = get_lines(parts, indent)
                    if len(lines) > 1:
                        lines = []
                        lines.extend(get_lines(opt_parts, indent))
                        lines.extend(get_lines(pos_parts, indent))
                    lines = [prog] + lines
                usage = "\n".join(lines)
        return "%s%s\n\n" % (prefix, usage)

    def _usage_parts(self, actions, groups):
        # mutually exclusive groups whose actions are all here and adjacent
        group_of = {}
        for g in groups:
            ga = g._group_actions
            if not ga:
                continue
            for i in range(len(actions) - len(ga) + 1):
                if actions[i:i + len(ga)] == ga:
                    for a in ga:
                        group_of[id(a)] = g
                    break
        parts = []
        done = set()
        for a in actions:
            g = group_of.get(id(a))
            if g is not None:
                if id(g) in done:
                    continue
                done.add(id(g))
                inner = [self._usage_part(x, in_group=True) for x in g._group_actions
                         if x.help is not SUPPRESS]
                inner = [p for p in inner if p]
                if not inner:
                    continue
                text = " | ".join(inner)
                if g.required:
                    parts.append("(%s)" % text if len(inner) > 1 else text)
                else:
                    parts.append("[%s]" % text)
                continue
            if a.help is SUPPRESS:
                continue
            p = self._usage_part(a, in_group=False)
            if p:
                parts.append(p)
        return parts

    def _usage_part(self, action, in_group):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if in_group and part.startswith("[") and part.endswith("]") and action.nargs in (OPTIONAL, ZERO_OR_MORE):
                part = part[1:-1]
            return part
        s = action.format_usage()
        if action.nargs != 0:
            default = self._get_default_metavar_for_optional(action)
            s = "%s %s" % (s, self._format_args(action, default))
        if not action.required and not in_group:
            s = "[%s]" % s
        return s

    def format_help(self):
        out = []
        # the help column: from every argument, as CPython measures it
        indent = 0
        max_len = 0
        for kind, val in self._parts:
            if kind == "section":
                indent += self._indent_increment
            elif kind == "end":
                indent -= self._indent_increment
            elif kind == "arg":
                max_len = max(max_len, self._action_max_length([val], indent))
        help_position = min(max_len + 2, self._max_help_position)
        indent = 0
        section_lines = None
        heading = None
        for kind, val in self._parts:
            if kind == "usage":
                out.append(self._format_usage(*val))
            elif kind == "text":
                text = self._fill_text(val % dict(prog=self._prog) if "%" in val else val,
                                       self._width, " " * indent)
                if section_lines is not None:
                    section_lines.append(text + "\n\n")
                else:
                    out.append(text + "\n\n")
            elif kind == "section":
                indent += self._indent_increment
                heading = val
                section_lines = []
            elif kind == "end":
                indent -= self._indent_increment
                body = "".join(section_lines)
                if body.strip():
                    if heading is not SUPPRESS and heading is not None:
                        out.append("%s:\n" % heading)
                    out.append(body)
                    if not body.endswith("\n\n"):
                        out.append("\n")
                section_lines = None
            elif kind == "arg":
                if val.help is SUPPRESS:
                    continue
                text = self._format_action(val, indent, help_position)
                if section_lines is not None:
                    section_lines.append(text)
                else:
                    out.append(text)
        result = "".join(out)
        result = result.strip("\n")
        return result + "\n" if result else ""


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return "".join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ""
        if "%(default)" not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += " (default: %(default)s)"
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---- containers and the parser -------------------------------------------------------

_ACTIONS = {
    None: _StoreAction, "store": _StoreAction, "store_const": _StoreConstAction,
    "store_true": _StoreTrueAction, "store_false": _StoreFalseAction,
    "append": _AppendAction, "append_const": _AppendConstAction, "extend": _ExtendAction,
    "count": _CountAction, "help": _HelpAction, "version": _VersionAction,
    "parsers": _SubParsersAction,
}


class _ActionsContainer:
    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.conflict_handler = conflict_handler
        self._registries = {"action": dict(_ACTIONS), "type": {None: lambda x: x}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for a in self._actions:
            if a.dest in kwargs:
                a.default = kwargs[a.dest]

    def get_default(self, dest):
        for a in self._actions:
            if a.dest == dest and a.default is not None:
                return a.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or (len(args) == 1 and args[0][:1] not in chars):
            if args and "dest" in kwargs:
                raise ValueError("dest supplied twice for positional argument")
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if "default" not in kwargs:
            dest = kwargs["dest"]
            if dest in self._defaults:
                kwargs["default"] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs["default"] = self.argument_default
        action_name = kwargs.pop("action", None)
        action_class = self._registries["action"].get(action_name, action_name)
        if not callable(action_class):
            raise ValueError("unknown action \"%s\"" % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registries["type"].get(action.type, action.type)
        if not callable(type_func):
            raise ValueError("%r is not callable" % (type_func,))
        if hasattr(self, "_get_formatter"):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError("length of metavar tuple does not match nargs")
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        for s in action.option_strings:
            if s in self._option_string_actions:
                if self.conflict_handler == "resolve":
                    old = self._option_string_actions.pop(s)
                    old.option_strings.remove(s)
                    if not old.option_strings:
                        old.container._remove_action(old)
                else:
                    raise ArgumentError(action, "conflicting option string: %s" % s)
        self._actions.append(action)
        action.container = self
        for s in action.option_strings:
            self._option_string_actions[s] = action
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if "required" in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get("nargs") not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
            kwargs["required"] = True
        if kwargs.get("nargs") == ZERO_OR_MORE and "default" not in kwargs:
            kwargs["required"] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_strings = []
        for s in args:
            if not s or s[0] not in self.prefix_chars:
                raise ValueError("invalid option string %r: must start with a character %r"
                                 % (s, self.prefix_chars))
            option_strings.append(s)
            if len(s) > 1 and s[1] in self.prefix_chars:
                long_strings.append(s)
        dest = kwargs.pop("dest", None)
        if dest is None:
            first = long_strings[0] if long_strings else option_strings[0]
            dest = first.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError("dest= is required for options like %r" % first)
            dest = dest.replace("-", "_")
        return dict(kwargs, dest=dest, option_strings=option_strings)


class _ArgumentGroup(_ActionsContainer):
    def __init__(self, container, title=None, description=None, **kwargs):
        super().__init__(description, kwargs.get("prefix_chars", container.prefix_chars),
                         kwargs.get("argument_default", container.argument_default),
                         kwargs.get("conflict_handler", container.conflict_handler))
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._mutually_exclusive_groups = container._mutually_exclusive_groups
        self._container = container

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError("mutually exclusive arguments must be optional")
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


class ArgumentParser(_ActionsContainer):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars="-", fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler="error", add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description, prefix_chars, argument_default, conflict_handler)
        if prog is None:
            prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "coil"
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._positionals = self.add_argument_group("positional arguments")
        self._optionals = self.add_argument_group("options")
        self._subparsers = None
        default_prefix = "-" if "-" in prefix_chars else prefix_chars[0]
        if add_help:
            self.add_argument(default_prefix + "h", default_prefix * 2 + "help", action="help",
                              default=SUPPRESS, help="show this help message and exit")
        for parent in parents:
            for a in parent._actions:
                self._add_action(a)
            self._defaults.update(parent._defaults)

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error("cannot have multiple subparser arguments")
        kwargs.setdefault("parser_class", type(self))
        if "title" in kwargs or "description" in kwargs:
            title = kwargs.pop("title", "subcommands")
            description = kwargs.pop("description", None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get("prog") is None:
            formatter = self._get_formatter()
            positionals = [a for a in self._actions if not a.option_strings]
            groups = self._mutually_exclusive_groups
            formatter.add_usage(self.usage, positionals, groups, "")
            kwargs["prog"] = formatter.format_help().strip()
        action_class = self._registries["action"]["parsers"]
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    # ---- parsing ----
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error("unrecognized arguments: %s" % " ".join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for a in self._actions:
            if a.dest is not SUPPRESS and not hasattr(namespace, a.dest):
                if a.default is not SUPPRESS:
                    setattr(namespace, a.dest, a.default)
        for k, v in self._defaults.items():
            if not hasattr(namespace, k):
                setattr(namespace, k, v)
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, _UNRECOGNIZED):
            args.extend(getattr(namespace, _UNRECOGNIZED))
            delattr(namespace, _UNRECOGNIZED)
        return namespace, args

    def _is_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars:
            return False
        if arg in self._option_string_actions:
            return True
        if len(arg) == 1:
            return False
        if "=" in arg and arg.split("=", 1)[0] in self._option_string_actions:
            return True
        # a negative number is an operand unless the parser has options that look like one
        if _looks_negative(arg) and not any(_looks_negative(s) for s in self._option_string_actions):
            return False
        if " " in arg:
            return False
        return True

    def _match_option(self, arg):
        """(action, option_string, explicit_arg) for an option argument."""
        if arg in self._option_string_actions:
            return self._option_string_actions[arg], arg, None
        if "=" in arg:
            s, explicit = arg.split("=", 1)
            if s in self._option_string_actions:
                return self._option_string_actions[s], s, explicit
        chars = self.prefix_chars
        if len(arg) > 2 and arg[0] in chars and arg[1] not in chars:
            # -xVALUE or -xyz (a cluster of flags)
            s = arg[:2]
            if s in self._option_string_actions:
                return self._option_string_actions[s], s, arg[2:]
        if self.allow_abbrev and len(arg) > 2 and arg[1] in chars:
            s, eq, explicit = arg.partition("=")
            matches = [o for o in self._option_string_actions if o.startswith(s)]
            if len(matches) > 1:
                options = ", ".join(matches)
                self.error("ambiguous option: %s could match %s" % (s, options))
            if len(matches) == 1:
                return self._option_string_actions[matches[0]], matches[0], explicit if eq else None
        return None, arg, None

    def _parse_known_args(self, arg_strings, namespace):
        extras = []
        seen = set()
        seen_non_default = set()
        conflicts = {}
        for g in self._mutually_exclusive_groups:
            for i, a in enumerate(g._group_actions):
                conflicts.setdefault(a, []).extend(g._group_actions[:i] + g._group_actions[i + 1:])

        def take(action, values, option_string=None):
            seen.add(action)
            value = self._get_values(action, values)
            if value is not action.default:
                seen_non_default.add(action)
                for other in conflicts.get(action, ()):
                    if other in seen_non_default:
                        raise ArgumentError(action, "not allowed with argument %s"
                                            % _argument_name(other))
            if value is not SUPPRESS:
                action(self, namespace, value, option_string)

        # classify: 'O' option, 'A' operand, '-' the '--' marker and all after it
        kinds = []
        after_dd = False
        for s in arg_strings:
            if after_dd:
                kinds.append("A")
            elif s == "--":
                kinds.append("-")
                after_dd = True
            elif self._is_option(s):
                kinds.append("O")
            else:
                kinds.append("A")
        positionals = [a for a in self._actions if not a.option_strings]
        i = 0
        n = len(arg_strings)
        pending_operands = []   # (index, string)

        def consume_positionals(operands):
            """Matches as many positionals as the operands allow; returns the
            operands left over."""
            nonlocal positionals
            while positionals:
                counts = self._match_positionals(positionals, operands)
                if not counts:
                    break
                used = 0
                for action, count in zip(positionals, counts):
                    vals = operands[used:used + count]
                    used += count
                    take(action, vals)
                positionals = positionals[len(counts):]
                operands = operands[used:]
                if not operands:
                    break
            return operands

        while i < n:
            kind = kinds[i]
            s = arg_strings[i]
            if kind == "-":
                # everything after '--' is an operand ('--' itself is dropped once)
                rest = [x for x in arg_strings[i + 1:]]
                pending_operands.extend(rest)
                i = n
                break
            if kind == "A":
                # a PARSER (subcommand) or REMAINDER positional swallows
                # everything from where it starts, options included, once
                # the positionals before it have their operands
                k, before = self._swallowing_positional(positionals)
                if k is not None and len(pending_operands) == before:
                    pending_operands.extend(arg_strings[i:])
                    i = n
                    break
                pending_operands.append(s)
                i += 1
                if (k is not None and positionals[k].nargs == REMAINDER
                        and len(pending_operands) == before):
                    pending_operands.extend(arg_strings[i:])
                    i = n
                    break
                continue
            # an option: first give the operands seen so far to positionals
            if pending_operands:
                left = consume_positionals(pending_operands)
                extras.extend(left)
                pending_operands = []
            action, option_string, explicit = self._match_option(s)
            i += 1
            if action is None:
                extras.append(s)
                # its arguments (if any) are unknown: following operands stay operands
                continue
            while True:
                if explicit is not None:
                    nargs = action.nargs
                    if nargs == 0:
                        chars = self.prefix_chars
                        if option_string[1] not in chars and len(option_string) == 2 and explicit[:1] not in ("=",):
                            # a cluster of single-dash flags: -xyz
                            take(action, [], option_string)
                            nxt = chars[0] + explicit[0]
                            rest = explicit[1:] or None
                            if nxt in self._option_string_actions:
                                action = self._option_string_actions[nxt]
                                option_string = nxt
                                explicit = rest
                                continue
                            raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                        raise ArgumentError(action, "ignored explicit argument %r" % explicit)
                    if nargs in (None, OPTIONAL) or nargs == 1:
                        take(action, [explicit], option_string)
                    else:
                        self._consume_option_args(action, [explicit], option_string, take)
                    break
                # arguments come from the following operands
                j = i
                while j < n and kinds[j] == "A":
                    j += 1
                avail = arg_strings[i:j]
                count = self._match_option_nargs(action, avail)
                take(action, avail[:count], option_string)
                i += count
                break
        if pending_operands:
            left = consume_positionals(pending_operands)
            extras.extend(left)
        # positionals that may match nothing
        # positionals that may match nothing, while all before them matched
        while positionals and positionals[0].nargs in (OPTIONAL, ZERO_OR_MORE, REMAINDER):
            take(positionals.pop(0), [])
        required = []
        for a in self._actions:
            if a not in seen:
                if a.required:
                    required.append(_argument_name(a))
                elif (a.default is not None and isinstance(a.default, str)
                      and hasattr(namespace, a.dest) and a.default is getattr(namespace, a.dest)):
                    setattr(namespace, a.dest, self._get_value(a, a.default))
        if required:
            raise ArgumentError(None, "the following arguments are required: %s" % ", ".join(required))
        for g in self._mutually_exclusive_groups:
            if g.required and not any(a in seen_non_default for a in g._group_actions):
                names = [_argument_name(a) for a in g._group_actions if a.help is not SUPPRESS]
                raise ArgumentError(None, "one of the arguments %s is required" % " ".join(names))
        return namespace, extras

    def _swallowing_positional(self, positionals):
        """(index, operands needed before it) of the first PARSER or
        REMAINDER positional when every positional before it takes a fixed
        number of operands, else (None, 0)."""
        before = 0
        for k, a in enumerate(positionals):
            if a.nargs in (PARSER, REMAINDER):
                return k, before
            if a.nargs is None:
                before += 1
            elif isinstance(a.nargs, int):
                before += a.nargs
            else:
                return None, 0
        return None, 0

    def _consume_option_args(self, action, values, option_string, take):
        take(action, values, option_string)

    def _nargs_range(self, nargs):
        if nargs is None:
            return 1, 1
        if nargs == OPTIONAL:
            return 0, 1
        if nargs == ZERO_OR_MORE:
            return 0, None
        if nargs == ONE_OR_MORE:
            return 1, None
        if nargs in (REMAINDER,):
            return 0, None
        if nargs == PARSER:
            return 1, None
        return nargs, nargs

    def _match_option_nargs(self, action, avail):
        lo, hi = self._nargs_range(action.nargs)
        if len(avail) < lo:
            if action.nargs is None:
                msg = "expected one argument"
            elif action.nargs == OPTIONAL:
                msg = "expected at most one argument"
            elif action.nargs == ONE_OR_MORE:
                msg = "expected at least one argument"
            else:
                msg = "expected %d argument%s" % (action.nargs, "s" if action.nargs != 1 else "")
            raise ArgumentError(action, msg)
        return len(avail) if hi is None else min(hi, len(avail))

    def _match_positionals(self, positionals, operands):
        """Greedy left-to-right counts for the longest prefix of positionals
        that the operands can satisfy, leaving each later positional its
        minimum (as CPython's regex matching does)."""
        for k in range(len(positionals), 0, -1):
            acts = positionals[:k]
            mins = [self._nargs_range(a.nargs)[0] for a in acts]
            if sum(mins) > len(operands):
                continue
            counts = []
            left = len(operands)
            for idx, a in enumerate(acts):
                lo, hi = self._nargs_range(a.nargs)
                rest_min = sum(mins[idx + 1:])
                avail = left - rest_min
                c = avail if hi is None else min(hi, avail)
                c = max(c, lo)
                counts.append(c)
                left -= c
            if k < len(positionals) and all(c == 0 for c in counts) and operands:
                continue
            return counts
        return []

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER):
            try:
                arg_strings.remove("--")
            except ValueError:
                pass
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE and not action.option_strings):
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value) if value is not arg_strings and not isinstance(value, list) else None
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        elif action.nargs == 0:
            value = action.const if False else None
            if arg_strings:
                raise ArgumentError(action, "ignored explicit argument %r" % arg_strings[0])
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registries["type"].get(action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, "%r is not callable" % (type_func,))
        try:
            return type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, "__name__", repr(action.type))
            raise ArgumentError(action, "invalid %s value: %r" % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(repr, action.choices))
            raise ArgumentError(action, "invalid choice: %r (choose from %s)" % (value, choices))

    # ---- help and errors ----
    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def format_usage(self):
        f = self._get_formatter()
        f.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return f.format_help()

    def format_help(self):
        f = self._get_formatter()
        f.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        f.add_text(self.description)
        for group in self._action_groups:
            f.start_section(group.title)
            f.add_text(group.description)
            f.add_arguments(group._group_actions)
            f.end_section()
        f.add_text(self.epilog)
        return f.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), file or sys.stdout)

    def print_help(self, file=None):
        self._print_message(self.format_help(), file or sys.stdout)

    def _print_message(self, message, file=None):
        if message:
            (file or sys.stderr).write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, sys.stderr)
        sys.exit(status)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, "%s: error: %s\n" % (self.prog, message))


def _looks_negative(s):
    if not s.startswith("-") or len(s) < 2:
        return False
    try:
        float(s)
        return True
    except ValueError:
        return False
