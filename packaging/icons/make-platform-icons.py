#!/usr/bin/python3
"""Renders the Windows .ico and macOS .icns icons from icons/rapport.svg.

The results are committed (packaging/windows/rapport.ico, packaging/macos/rapport.icns) because
those installers are built on machines without rsvg-convert; run this again after changing the
SVG. Needs rsvg-convert (Debian: librsvg2-bin). Both formats simply wrap PNG images:
ICO entries may be PNG since Windows Vista, ICNS entries ic07..ic10 / icp4..icp6 are PNG.
"""
import os
import struct
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SVG = os.path.join(HERE, "rapport.svg")


def png(size, folder):
    path = os.path.join(folder, f"{size}.png")
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-o", path, SVG], check=True)
    with open(path, "rb") as f:
        return f.read()


def write_ico(target, images):
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, blob in images:
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    with open(target, "wb") as f:
        f.write(header + entries + data)


def write_icns(target, images):
    types = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}
    body = b"".join(types[size] + struct.pack(">I", 8 + len(blob)) + blob for size, blob in images)
    with open(target, "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main():
    with tempfile.TemporaryDirectory() as folder:
        ico = [(size, png(size, folder)) for size in (16, 24, 32, 48, 64, 128, 256)]
        icns = [(size, png(size, folder)) for size in (16, 32, 64, 128, 256, 512, 1024)]
    write_ico(os.path.join(HERE, "..", "windows", "rapport.ico"), ico)
    write_icns(os.path.join(HERE, "..", "macos", "rapport.icns"), icns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
