#!/usr/bin/env python3
"""A writer for the cpio "newc" format that Linux unpacks as an initramfs (the kernel's
Documentation/driver-api/early-userspace/buffer-format.rst), so building a guest needs no
cpio tool and no root (device nodes are just header fields). Output is deterministic:
fixed owner, mtime 0 and gzip mtime 0, so the same inputs give the same bytes.

As a command, it packs host files into an archive that can be appended to an initramfs
(the kernel unpacks concatenated archives in order):
    newc.py -o extra.cpio.gz /tern/run=./my-script.sh [/etc/x=./x ...]
"""
import argparse
import gzip
import io
import os
import stat
import sys

FORMAT_VERSION = 1  # bump when the bytes produced for the same input change


class Archive:
    """Entries in insertion order; parents must be added before their children."""

    def __init__(self):
        self._entries = []
        self._names = set()

    def _add(self, path, mode, data=b"", rdev=(0, 0)):
        name = path.strip("/")
        if not name or name in self._names:
            raise ValueError("bad or duplicate cpio path: %r" % path)
        self._names.add(name)
        self._entries.append((name, mode, data, rdev))

    def has(self, path):
        return path.strip("/") in self._names

    def directory(self, path, perm=0o755):
        self._add(path, stat.S_IFDIR | perm)

    def directories(self, path, perm=0o755):
        """Add path and any missing parents."""
        parts = path.strip("/").split("/")
        for i in range(1, len(parts) + 1):
            sub = "/".join(parts[:i])
            if not self.has(sub):
                self.directory(sub, perm)

    def file(self, path, data, perm=0o644):
        self._add(path, stat.S_IFREG | perm, bytes(data))

    def symlink(self, path, target):
        self._add(path, stat.S_IFLNK | 0o777, target.encode())

    def char_device(self, path, major, minor, perm=0o600):
        self._add(path, stat.S_IFCHR | perm, rdev=(major, minor))

    def to_bytes(self):
        out = io.BytesIO()
        for ino, (name, mode, data, rdev) in enumerate(self._entries, start=1):
            nlink = 2 if stat.S_ISDIR(mode) else 1
            _write_entry(out, name, ino, mode, nlink, data, rdev)
        _write_entry(out, "TRAILER!!!", 0, 0, 1, b"", (0, 0))
        return out.getvalue()


def _pad4(out):
    out.write(b"\0" * (-out.tell() % 4))


def _write_entry(out, name, ino, mode, nlink, data, rdev):
    encoded = name.encode() + b"\0"
    fields = (ino, mode, 0, 0, nlink, 0, len(data), 0, 0, rdev[0], rdev[1], len(encoded), 0)
    out.write(b"070701" + b"".join(b"%08X" % f for f in fields))
    out.write(encoded)
    _pad4(out)
    out.write(data)
    _pad4(out)


def gzip_bytes(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(data)
    return buf.getvalue()


def main(argv):
    ap = argparse.ArgumentParser(description="Pack host files into a gzip'd newc cpio "
                                 "archive (appendable to an initramfs).")
    ap.add_argument("-o", "--output", required=True, help="archive to write (.cpio.gz)")
    ap.add_argument("files", nargs="+", metavar="GUESTPATH=HOSTFILE",
                    help="a file to add; executable host files stay executable")
    args = ap.parse_args(argv)
    arc = Archive()
    for spec in args.files:
        guest, sep, host = spec.partition("=")
        if not sep or not guest.startswith("/") or not host:
            ap.error("expected GUESTPATH=HOSTFILE with an absolute guest path: %r" % spec)
        try:
            with open(host, "rb") as f:
                data = f.read()
            perm = 0o755 if os.stat(host).st_mode & 0o111 else 0o644
        except OSError as e:
            sys.exit("newc.py: cannot read %s: %s" % (host, e.strerror))
        parent = os.path.dirname(guest.rstrip("/"))
        if parent.strip("/"):
            arc.directories(parent)
        arc.file(guest, data, perm)
    try:
        with open(args.output, "wb") as f:
            f.write(gzip_bytes(arc.to_bytes()))
    except OSError as e:
        sys.exit("newc.py: cannot write %s: %s" % (args.output, e.strerror))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
