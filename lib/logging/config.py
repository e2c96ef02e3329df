"""Configuring logging from a dictionary (dictConfig) or an .ini file (fileConfig).

coil's own logging.config. dictConfig understands version 1 schemas:
formatters, filters, handlers, loggers, root, incremental and
disable_existing_loggers; '()' user factories with '.' properties;
'ext://module.attr' references to importable objects and
'cfg://key.sub[index]' references into the configuration itself.
fileConfig reads the classic [loggers]/[handlers]/[formatters] layout
through configparser. listen() (a configuration socket server) is not
provided.
"""

import io
import logging
import logging.handlers
import re

DEFAULT_LOGGING_CONFIG_PORT = 9030

RESET_ERROR = 104  # ECONNRESET


# ---- helpers shared by both front ends ----------------------------------------------

def _resolve(name):
    """The object a dotted name refers to, importing modules along the way."""
    parts = name.split(".")
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used = used + "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _strip_spaces(items):
    return map(str.strip, items)


def _clearExistingHandlers():
    """Closes and forgets every handler made so far."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers the new configuration does not name are disabled (if asked),
    except children of named loggers, which are reset to inherit."""
    table = logging.root.manager.loggerDict
    for name in existing:
        logger = table[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


def _children_of(name, existing, child_loggers):
    """Moves name out of existing and records its existing descendants."""
    if name in existing:
        prefix = name + "."
        start = existing.index(name) + 1
        for other in existing[start:]:
            if other.startswith(prefix):
                child_loggers.append(other)
        existing.remove(name)


# ---- fileConfig ---------------------------------------------------------------------

def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configures logging from a ConfigParser-format file, file object or parser."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        cp = configparser.ConfigParser(defaults)
        if hasattr(fname, "readline"):
            cp.read_file(fname)
        else:
            if hasattr(io, "text_encoding"):
                encoding = io.text_encoding(encoding)
            cp.read(fname, encoding=encoding)
    formatters = _create_formatters(cp)
    logging._acquireLock()
    try:
        _clearExistingHandlers()
        handlers = _install_handlers(cp, formatters)
        _install_loggers(cp, handlers, disable_existing_loggers)
    finally:
        logging._releaseLock()


def _create_formatters(cp):
    names = cp["formatters"]["keys"]
    if not names:
        return {}
    result = {}
    for name in _strip_spaces(names.split(",")):
        section = "formatter_%s" % name
        fmt = cp.get(section, "format", raw=True, fallback=None)
        datefmt = cp.get(section, "datefmt", raw=True, fallback=None)
        style = cp.get(section, "style", raw=True, fallback="%")
        cls = logging.Formatter
        cls_name = cp[section].get("class")
        if cls_name:
            cls = _resolve(cls_name)
        result[name] = cls(fmt, datefmt, style)
    return result


def _install_handlers(cp, formatters):
    names = cp["handlers"]["keys"]
    if not names:
        return {}
    handlers = {}
    targets = []
    namespace = vars(logging)
    for name in _strip_spaces(names.split(",")):
        section = cp["handler_%s" % name]
        cls = section["class"]
        fmt = section.get("formatter", "")
        try:
            cls = eval(cls, namespace)
        except (AttributeError, NameError):
            cls = _resolve(cls)
        args = eval(section.get("args", "()"), namespace)
        kwargs = eval(section.get("kwargs", "{}"), namespace)
        h = cls(*args, **kwargs)
        h.name = name
        if "level" in section:
            h.setLevel(section["level"])
        if fmt:
            h.setFormatter(formatters[fmt])
        if issubclass(cls, logging.handlers.MemoryHandler):
            target = section.get("target", "")
            if target:
                targets.append((h, target))
        handlers[name] = h
    for h, target in targets:
        h.setTarget(handlers[target])
    return handlers


def _install_loggers(cp, handlers, disable_existing):
    names = list(_strip_spaces(cp["loggers"]["keys"].split(",")))
    names.remove("root")
    section = cp["logger_root"]
    root = logging.root
    if "level" in section:
        root.setLevel(section["level"])
    for h in root.handlers[:]:
        root.removeHandler(h)
    hnames = section["handlers"]
    if hnames:
        for h in _strip_spaces(hnames.split(",")):
            root.addHandler(handlers[h])
    existing = sorted(root.manager.loggerDict.keys())
    child_loggers = []
    for name in names:
        section = cp["logger_%s" % name]
        qualname = section["qualname"]
        propagate = section.getint("propagate", fallback=1)
        logger = logging.getLogger(qualname)
        _children_of(qualname, existing, child_loggers)
        if "level" in section:
            logger.setLevel(section["level"])
        for h in logger.handlers[:]:
            logger.removeHandler(h)
        logger.propagate = propagate
        logger.disabled = 0
        hnames = section["handlers"]
        if hnames:
            for h in _strip_spaces(hnames.split(",")):
                logger.addHandler(handlers[h])
    _handle_existing_loggers(existing, child_loggers, disable_existing)


# ---- dictConfig ---------------------------------------------------------------------

IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$", re.I)


def valid_ident(s):
    if not IDENTIFIER.match(s):
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


class ConvertingMixin:
    """Containers whose items pass through the configurator when read."""

    def _adopt(self, result, key=None, with_key=False):
        if type(result) in (ConvertingDict, ConvertingList, ConvertingTuple):
            result.parent = self
            if with_key:
                result.key = key

    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)
        if value is not result:
            if replace:
                self[key] = result
            self._adopt(result, key, True)
        return result

    def convert(self, value):
        result = self.configurator.convert(value)
        if value is not result:
            self._adopt(result)
        return result


class ConvertingDict(dict, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default), replace=False)


class ConvertingList(list, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key), replace=False)


class BaseConfigurator:
    """Resolution of names and of ext:// and cfg:// values."""

    CONVERT_PATTERN = re.compile(r"^(?P<prefix>[a-z]+)://(?P<suffix>.*)$")
    WORD_PATTERN = re.compile(r"^\s*(\w+)\s*")
    DOT_PATTERN = re.compile(r"^\.\s*(\w+)\s*")
    INDEX_PATTERN = re.compile(r"^\[\s*(\w+)\s*\]\s*")
    DIGIT_PATTERN = re.compile(r"^\d+$")

    value_converters = {"ext": "ext_convert", "cfg": "cfg_convert"}

    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = ConvertingDict(config)
        self.config.configurator = self

    def resolve(self, s):
        parts = s.split(".")
        used = parts.pop(0)
        try:
            found = self.importer(used)
            for part in parts:
                used += "." + part
                try:
                    found = getattr(found, part)
                except AttributeError:
                    self.importer(used)
                    found = getattr(found, part)
            return found
        except ImportError as e:
            raise ValueError("Cannot resolve %r: %s" % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        m = self.WORD_PATTERN.match(value)
        if m is None:
            raise ValueError("Unable to convert %r" % value)
        rest = value[m.end():]
        d = self.config[m.group(1)]
        while rest:
            m = self.DOT_PATTERN.match(rest)
            if m:
                d = d[m.group(1)]
            else:
                m = self.INDEX_PATTERN.match(rest)
                if m:
                    idx = m.group(1)
                    if self.DIGIT_PATTERN.match(idx):
                        try:
                            d = d[int(idx)]
                        except TypeError:
                            d = d[idx]
                    else:
                        d = d[idx]
            if not m:
                raise ValueError("Unable to convert %r at %r" % (value, rest))
            rest = rest[m.end():]
        return d

    def convert(self, value):
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            value = ConvertingDict(value)
            value.configurator = self
        elif isinstance(value, list) and not isinstance(value, ConvertingList):
            value = ConvertingList(value)
            value.configurator = self
        elif (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
              and not hasattr(value, "_fields")):
            value = ConvertingTuple(value)
            value.configurator = self
        elif isinstance(value, str):
            m = self.CONVERT_PATTERN.match(value)
            if m:
                converter = self.value_converters.get(m.group("prefix"))
                if converter:
                    value = getattr(self, converter)(m.group("suffix"))
        return value

    def configure_custom(self, config):
        factory = config.pop("()")
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop(".", None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def as_tuple(self, value):
        if isinstance(value, list):
            value = tuple(value)
        return value


class DictConfigurator(BaseConfigurator):
    """Applies a version 1 logging configuration dictionary."""

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        logging._acquireLock()
        try:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_full(config)
        finally:
            logging._releaseLock()

    def _configure_incremental(self, config):
        handlers = config.get("handlers", {})
        for name in handlers:
            if name not in logging._handlers:
                raise ValueError("No handler found with name %r" % name)
            try:
                level = handlers[name].get("level", None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
        loggers = config.get("loggers", {})
        for name in loggers:
            try:
                self.configure_logger(name, loggers[name], True)
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        root = config.get("root", None)
        if root:
            try:
                self.configure_root(root, True)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    def _make_handler(self, handlers, name):
        handler = self.configure_handler(handlers[name])
        handler.name = name
        handlers[name] = handler

    def _configure_each(self, config, section, configure, what):
        """Replaces each entry of config[section] by configure(entry)."""
        entries = config.get(section, {})
        for name in entries:
            try:
                entries[name] = configure(entries[name])
            except Exception as e:
                raise ValueError("Unable to configure %s %r" % (what, name)) from e

    def _configure_full(self, config):
        disable_existing = config.pop("disable_existing_loggers", True)
        _clearExistingHandlers()
        self._configure_each(config, "formatters", self.configure_formatter, "formatter")
        self._configure_each(config, "filters", self.configure_filter, "filter")
        handlers = config.get("handlers", {})
        deferred = []
        for name in sorted(handlers):
            try:
                self._make_handler(handlers, name)
            except Exception as e:
                if "target not configured yet" in str(e.__cause__):
                    deferred.append(name)
                else:
                    raise ValueError("Unable to configure handler %r" % name) from e
        for name in deferred:
            try:
                self._make_handler(handlers, name)
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
        existing = sorted(logging.root.manager.loggerDict.keys())
        child_loggers = []
        loggers = config.get("loggers", {})
        for name in loggers:
            _children_of(name, existing, child_loggers)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root = config.get("root", None)
        if root:
            try:
                self.configure_root(root)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    def configure_formatter(self, config):
        if "()" in config:
            factory = config["()"]
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                # a factory taking fmt= as Formatter does, given 'format'
                config["fmt"] = config.pop("format")
                config["()"] = factory
                return self.configure_custom(config)
        fmt = config.get("format", None)
        datefmt = config.get("datefmt", None)
        style = config.get("style", "%")
        cname = config.get("class", None)
        cls = _resolve(cname) if cname else logging.Formatter
        if "validate" in config:
            return cls(fmt, datefmt, style, config["validate"])
        return cls(fmt, datefmt, style)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        return logging.Filter(config.get("name", ""))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, "filter", None)):
                    chosen = f
                else:
                    chosen = self.config["filters"][f]
                filterer.addFilter(chosen)
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, config):
        saved = dict(config)
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            factory = config.pop("()")
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            cls = self.resolve(config.pop("class"))
            if issubclass(cls, logging.handlers.MemoryHandler) and "target" in config:
                try:
                    target = self.config["handlers"][config["target"]]
                    if not isinstance(target, logging.Handler):
                        config.update(saved)
                        raise TypeError("target not configured yet")
                    config["target"] = target
                except Exception as e:
                    raise ValueError("Unable to set target handler %r" % config["target"]) from e
            elif issubclass(cls, logging.handlers.SMTPHandler) and "mailhost" in config:
                config["mailhost"] = self.as_tuple(config["mailhost"])
            elif issubclass(cls, logging.handlers.SysLogHandler) and "address" in config:
                config["address"] = self.as_tuple(config["address"])
            factory = cls
        props = config.pop(".", None)
        kwargs = {k: config[k] for k in config if valid_ident(k)}
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            # an old-style handler whose argument is called strm
            kwargs["strm"] = kwargs.pop("stream")
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config["handlers"][h])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get("handlers", None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get("filters", None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary."""
    dictConfigClass(config).configure()
