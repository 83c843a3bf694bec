"""Renders Twoway's app icon from its SVG source for each platform's installer.

    python packaging/linux/make_icons.py --hicolor DIR   DIR/hicolor/<n>x<n>/apps/<id>.png + scalable
    python packaging/linux/make_icons.py --ico FILE      Windows icon (several sizes in one file)
    python packaging/linux/make_icons.py --icns FILE     macOS icon

The PNGs are drawn by Qt's SVG renderer, so every size comes from the one source file.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SOURCE_SVG = REPO / "resources" / "icons" / "twoway.svg"
APP_ID = "org.twoway.Twoway"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS icon types that hold PNG data, by pixel size.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
              (b"ic09", 512), (b"ic10", 1024))  # fmt: skip


def render_png(svg: Path, size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def write_hicolor(out_dir: Path, svg: Path = SOURCE_SVG) -> list[Path]:
    """The freedesktop icon theme layout, ready to copy to /usr/share/icons."""
    written = []
    for size in HICOLOR_SIZES:
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render_png(svg, size))
        written.append(target)
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    return written


def write_ico(target: Path, svg: Path = SOURCE_SVG) -> None:
    """An ICO file with PNG-compressed images, which Windows Vista and later read."""
    images = [render_png(svg, size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + entries + payload)


def write_icns(target: Path, svg: Path = SOURCE_SVG) -> None:
    chunks = b""
    for kind, size in ICNS_TYPES:
        png = render_png(svg, size)
        chunks += kind + struct.pack(">I", 8 + len(png)) + png
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SOURCE_SVG, help="the source icon")
    parser.add_argument("--hicolor", type=Path, metavar="DIR")
    parser.add_argument("--ico", type=Path, metavar="FILE")
    parser.add_argument("--icns", type=Path, metavar="FILE")
    args = parser.parse_args(argv)
    if not (args.hicolor or args.ico or args.icns):
        parser.error("say what to make: --hicolor, --ico or --icns")
    if args.hicolor:
        write_hicolor(args.hicolor, args.svg)
    if args.ico:
        write_ico(args.ico, args.svg)
    if args.icns:
        write_icns(args.icns, args.svg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
