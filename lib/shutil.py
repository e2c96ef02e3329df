"""High-level file operations: copying, removing and moving trees, which().

coil's implementation of the standard `shutil` module (POSIX).  Archives:
make_archive/unpack_archive with the zip, tar and gztar formats (bztar and
xztar when bz2/lzma import) over zipfile and tarfile, and the format
registries.
"""

import os
import sys
import fnmatch

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
           "move", "rmtree", "Error", "SpecialFileError", "SameFileError", "ignore_patterns",
           "which", "get_terminal_size", "chown", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format", "get_unpack_formats",
           "register_unpack_format", "unregister_unpack_format", "unpack_archive",
           "ReadError", "RegistryError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to copy a named pipe or another special file."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when registering an unpack format clashes with another."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of one file object into another, in chunks."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        buf = read(length)
        if not buf:
            break
        write(buf)


def _samefile(src, dst):
    try:
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of src to dst; returns dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.chmod(dst, st.st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copies the permission bits (and times where possible) of src to dst."""
    copymode(src, dst, follow_symlinks=follow_symlinks)
    utime = getattr(os, "utime", None)
    if utime is not None:
        st = os.stat(src)
        try:
            utime(dst, ns=(st.st_atime_ns, st.st_mtime_ns))
        except (OSError, TypeError, AttributeError):
            pass


def copy(src, dst, *, follow_symlinks=True):
    """Copies data and mode bits; dst may be a directory. Returns the file made."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """As copy(), also copying the metadata copystat() can."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An ignore= function for copytree() skipping names that match the patterns."""
    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            ignored.extend(fnmatch.filter(names, pattern))
        return set(ignored)
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies a directory tree; returns dst."""
    names = sorted(os.listdir(src)) if False else os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.islink(srcname):
                linkto = os.readlink(srcname)
                if symlinks:
                    os.symlink(linkto, dstname)
                    continue
                if not os.path.exists(linkto if os.path.isabs(linkto) else
                                      os.path.join(os.path.dirname(srcname), linkto)) \
                        and ignore_dangling_symlinks:
                    continue
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Removes a directory tree (not following symlinks)."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        if os.path.islink(path):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree(path, onerror)


def _rmtree(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        full = os.path.join(path, name)
        try:
            is_dir = os.path.isdir(full) and not os.path.islink(full)
        except OSError:
            is_dir = False
        if is_dir:
            _rmtree(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


def move(src, dst, copy_function=copy2):
    """Moves a file or directory (rename, else copy and delete); returns the new path."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if os.path.abspath(real_dst).startswith(os.path.abspath(src) + os.sep):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the executable cmd would run, or None."""
    def _access_check(fn, mode):
        return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for d in path.split(os.pathsep):
        normdir = os.path.normcase(d)
        if normdir not in seen:
            seen.add(normdir)
            name = os.path.join(d, cmd)
            if _access_check(name, mode):
                return name
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal size from $COLUMNS/$LINES, else the terminal on stdout, else fallback."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno() if hasattr(sys, "__stdout__") else 1)
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


def chown(path, user=None, group=None):
    raise NotImplementedError("shutil.chown is not available in coil")


# -- archives ---------------------------------------------------------------------------

def _owner_id(name, lookup):
    """uid/gid of a user/group name through pwd.getpwnam/grp.getgrnam
    (None if not given or unknown)."""
    if name is None:
        return None
    try:
        return lookup(name)[2]
    except KeyError:
        return None


def _compressions():
    """tarfile compression name -> extension, for the codecs importable."""
    found = {'gzip': 'gz'}
    for module, name, ext in (('bz2', 'bzip2', 'bz2'), ('lzma', 'xz', 'xz')):
        try:
            __import__(module)
        except ImportError:
            continue
        found[name] = ext
    return found


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None):
    """Write base_name + '.tar[.gz|.bz2|.xz]' holding base_dir; returns the
    archive's name."""
    if compress is None:
        ext = ''
    else:
        ext = _compressions().get(compress)
        if ext is None:
            raise ValueError("bad value for 'compress', or compression format not "
                             "supported : {0}".format(compress))
    import tarfile
    archive_name = base_name + '.tar' + ('.' + ext if ext else '')
    archive_dir = os.path.dirname(archive_name)
    if archive_dir and not os.path.exists(archive_dir):
        if logger is not None:
            logger.info("creating %s", archive_dir)
        if not dry_run:
            os.makedirs(archive_dir)
    if logger is not None:
        logger.info('Creating tar archive')
    import pwd
    import grp
    uid = _owner_id(owner, pwd.getpwnam)
    gid = _owner_id(group, grp.getgrnam)

    def set_owner(tarinfo):
        if gid is not None:
            tarinfo.gid = gid
            tarinfo.gname = group
        if uid is not None:
            tarinfo.uid = uid
            tarinfo.uname = owner
        return tarinfo

    if not dry_run:
        tar = tarfile.open(archive_name, 'w|' + ext)
        try:
            tar.add(base_dir, filter=set_owner)
        finally:
            tar.close()
    return archive_name


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None,
                  owner=None, group=None):
    """Write base_name + '.zip' (deflated) holding base_dir's tree;
    returns the archive's name."""
    import zipfile
    zip_filename = base_name + ".zip"
    archive_dir = os.path.dirname(base_name)
    if archive_dir and not os.path.exists(archive_dir):
        if logger is not None:
            logger.info("creating %s", archive_dir)
        if not dry_run:
            os.makedirs(archive_dir)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_filename, base_dir)
    if dry_run:
        return zip_filename
    with zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        base_dir = os.path.normpath(base_dir)
        if base_dir != os.curdir:
            zf.write(base_dir, base_dir)
            if logger is not None:
                logger.info("adding '%s'", base_dir)
        for dirpath, dirnames, filenames in os.walk(base_dir):
            dirpath_arc = os.path.normpath(dirpath)
            for name in sorted(dirnames):
                path = os.path.join(dirpath, name)
                zf.write(path, os.path.join(dirpath_arc, name))
                if logger is not None:
                    logger.info("adding '%s'", path)
            for name in filenames:
                path = os.path.normpath(os.path.join(dirpath, name))
                if os.path.isfile(path):
                    zf.write(path, os.path.join(dirpath_arc, name))
                    if logger is not None:
                        logger.info("adding '%s'", path)
    return zip_filename


_ARCHIVE_FORMATS = {
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file"),
    'zip': (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    """(name, description) of every archive format, sorted."""
    return sorted((name, info[2]) for name, info in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Add an archive format: function(base_name, base_dir, **kwargs) writes
    the archive; extra_args are (name, value) pairs passed along."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Create an archive of base_dir (default: the current directory), read
    from root_dir (default: the current directory), named base_name plus
    the format's extension; returns the archive's name."""
    try:
        func, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    kwargs = {'dry_run': dry_run, 'logger': logger, 'owner': owner, 'group': group}
    for arg, val in extra:
        kwargs[arg] = val
    if base_dir is None:
        base_dir = os.curdir
    save_cwd = None
    if root_dir is not None:
        import stat
        import errno
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            raise NotADirectoryError(errno.ENOTDIR, 'Not a directory', root_dir)
        save_cwd = os.getcwd()
        if logger is not None:
            logger.debug("changing into '%s'", root_dir)
        base_name = os.path.abspath(base_name)
        if not dry_run:
            os.chdir(root_dir)
    try:
        return func(base_name, base_dir, **kwargs)
    finally:
        if save_cwd is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", save_cwd)
            os.chdir(save_cwd)


def _ensure_directory(path):
    dirname = os.path.dirname(path)
    if not os.path.isdir(dirname):
        os.makedirs(dirname)


def _unpack_zipfile(filename, extract_dir):
    """Extract a zip archive, skipping absolute names and names with '..'."""
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as zf:
        for info in zf.infolist():
            name = info.filename
            if name.startswith('/') or '..' in name:
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            _ensure_directory(target)
            if not name.endswith('/'):
                with zf.open(name, 'r') as src, open(target, 'wb') as dst:
                    copyfileobj(src, dst)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    """Extract a (possibly compressed) tar archive."""
    import tarfile
    try:
        tar = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError("%s is not a compressed or uncompressed tar file" % filename)
    try:
        tar.extractall(extract_dir, filter=filter)
    finally:
        tar.close()


_UNPACK_FORMATS = {
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
    'gztar': (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file"),
}

for _name, _exts, _comp, _desc in (('bztar', ['.tar.bz2', '.tbz2'], 'bzip2', "bzip2'ed tar-file"),
                                   ('xztar', ['.tar.xz', '.txz'], 'xz', "xz'ed tar-file")):
    if _comp in _compressions():
        _ARCHIVE_FORMATS[_name] = (_make_tarball, [('compress', _comp)], _desc)
        _UNPACK_FORMATS[_name] = (_exts, _unpack_tarfile, [], _desc)
del _name, _exts, _comp, _desc


def get_unpack_formats():
    """(name, extensions, description) of every unpack format, sorted."""
    return sorted((name, info[0], info[3]) for name, info in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    """Add an unpack format: function(filename, extract_dir, **extra_args)
    for files ending in one of extensions."""
    if extra_args is None:
        extra_args = []
    owners = {ext: fmt for fmt, info in _UNPACK_FORMATS.items() for ext in info[0]}
    for ext in extensions:
        if ext in owners:
            raise RegistryError('%s is already registered for "%s"' % (ext, owners[ext]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _find_unpack_format(filename):
    for name, info in _UNPACK_FORMATS.items():
        for ext in info[0]:
            if filename.endswith(ext):
                return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Extract an archive into extract_dir (default: the current
    directory); the format comes from the file name's extension unless
    given.  filter is tarfile's extraction filter."""
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    extra = {} if filter is None else {'filter': filter}
    if format is None:
        format = _find_unpack_format(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    else:
        if format not in _UNPACK_FORMATS:
            raise ValueError("Unknown unpack format '{0}'".format(format))
    exts, func, args, _ = _UNPACK_FORMATS[format]
    func(filename, extract_dir, **(dict(args) | extra))
