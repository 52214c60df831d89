"""Qt's ICU data cut down to what the application can use (the bundle on Linux).

PySide6's Qt links ICU, whose data (`libicudata.so.NN`, 31 MB) holds every locale of CLDR,
every legacy character set and the word-break dictionaries of Thai, Khmer, Lao, Burmese and
Chinese/Japanese. Qt uses ICU for collation (QCollator, sorting in views), time-zone names
and text codecs it does not implement itself; its QLocale formatting and text boundaries are
its own. What is kept:

- every item that is not per locale (properties, normalisation, time zones, plurals, ...);
- per locale (the top level and coll/, zone/, lang/, region/, curr/, unit/, rbnf/, brkitr/):
  root, pool and index files, and the six languages of the application (ar, en, es, fr,
  ru, zh with all their regional variants);
- the single-byte character sets and the Chinese ones (GB 18030, GBK, GB 2312, Big5);
- not: transliteration (Qt never calls it), the break-iterator dictionaries (Qt breaks text
  itself), other multi-byte and ISO-2022 character sets (Japanese, Korean, EBCDIC, CNS).

A locale the data lacks falls back to root (ICU's U_USING_DEFAULT_WARNING, not an error): a
German system sorts by the root collation order, which is German's too.

    python build/icu_data.py LIBICUDATA OUT.so     # the filtered library; prints the sizes

The library is rebuilt with the C compiler (`cc`): one read-only symbol, `icudtNN_dat`, the
ICU common-data blob, as in the original.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("ar", "en", "es", "fr", "ru", "zh")
# Trees whose .res files are one per locale (besides the top level).
LOCALE_TREES = {"coll", "zone", "lang", "region", "curr", "unit", "rbnf", "brkitr"}
DROPPED_TREES = {"translit"}
LOCALE_STEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")
# Multi-byte character sets kept: Chinese (GB 18030, GBK, GB 2312 / EUC-CN, Big5).
KEPT_MULTIBYTE = ("gb18030", "ibm-1386_", "ibm-1383_", "ibm-1373_", "windows-936",
                  "windows-950", "ibm-950_")
SINGLE_BYTE_MAX = 40_000  # a single-byte .cnv table is a few KB; multi-byte ones 60-530 KB
SHARED = {"root", "pool", "res_index"}  # per-tree files, not locales


class IcuDataError(Exception):
    pass


def _symbol(elf: bytes) -> tuple[str, int, int]:
    """(name, file offset, size) of the icudtNN_dat symbol of a 64-bit little-endian ELF."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise IcuDataError("not a 64-bit little-endian ELF library")
    shoff, = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", elf, shoff + i * shentsize)
                for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for at in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from(
                "<IBBHQQ", elf, at)
            start = strtab[4] + st_name
            name = elf[start:elf.index(b"\0", start)].decode()
            if re.fullmatch(r"icudt\d+_dat", name):
                section = sections[shndx]
                return name, section[4] + value - section[3], st_size
    raise IcuDataError("no icudtNN_dat symbol")


def read_items(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the (name, data) items of an ICU common-data (.dat) blob."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise IcuDataError("not ICU common data")
    count, = struct.unpack_from("<I", blob, header_size)
    toc = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + data for _name, data in toc] + [len(blob)]
    items = []
    for i, (name_at, _data) in enumerate(toc):
        start = header_size + name_at
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        items.append((name, blob[starts[i]:starts[i + 1]]))
    return blob[:header_size], items


def write_items(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """An ICU common-data blob of these items (names sorted, as ICU's lookup expects)."""
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    name_offsets, at = [], toc_size
    for name, _ in items:
        name_offsets.append(at)
        at += len(name) + 1
    at = (len(header) + at + 15) // 16 * 16 - len(header)
    body, data_offsets = bytearray(), []
    for _name, data in items:
        data_offsets.append(at + len(body))
        body += data + b"\0" * (-len(data) % 16)
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    out = bytearray(header) + toc + names
    out += b"\0" * (len(header) + at - len(out))
    return bytes(out + body)


def keep(name: str, size: int) -> bool:
    """Whether the item `icudtNNl/<path>` stays (see the module's docstring)."""
    path = name.split("/", 1)[1]
    tree, _, leaf = path.rpartition("/")
    if tree in DROPPED_TREES or leaf.endswith(".dict"):
        return False
    if leaf.endswith(".cnv"):
        return size <= SINGLE_BYTE_MAX or leaf.startswith(KEPT_MULTIBYTE)
    if tree and tree not in LOCALE_TREES:
        return True
    stem, dot, ext = leaf.rpartition(".")
    if ext != "res" or not dot or stem in SHARED or not LOCALE_STEM.match(stem):
        return True  # root, pool, res_index and the data that is not per locale
    return stem.split("_")[0] in LANGUAGES


def filtered_blob(library: bytes) -> tuple[str, bytes, bytes]:
    """(symbol, original blob, filtered blob) of a libicudata."""
    symbol, offset, size = _symbol(library)
    blob = library[offset:offset + size]
    header, items = read_items(blob)
    return symbol, blob, write_items(header, [(n, d) for n, d in items if keep(n, len(d))])


def build_library(source: Path, target: Path, compiler: str | None = None) -> tuple[int, int]:
    """Write the filtered libicudata `target` from `source`; (old, new) data sizes."""
    cc = compiler or shutil.which("cc") or shutil.which("gcc")
    if cc is None:
        raise IcuDataError("no C compiler (cc) to build the filtered ICU data library")
    symbol, blob, small = filtered_blob(source.read_bytes())
    soname = source.name
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "icudata.dat"
        data.write_bytes(small)
        asm = Path(tmp) / "icudata.S"
        asm.write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n"
            f'\t.balign 16\n{symbol}:\n\t.incbin "{data}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n', "ascii")
        subprocess.run([cc, "-shared", "-nostdlib", "-o", str(target), str(asm),
                        f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack"], check=True)
    return len(blob), len(small)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[-2].strip(), file=sys.stderr)
        return 2
    old, new = build_library(Path(argv[0]), Path(argv[1]))
    print(f"ICU data: {old / 1048576:.1f} MB -> {new / 1048576:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
