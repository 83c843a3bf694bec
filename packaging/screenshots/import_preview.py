"""Saves the import preview over the demo data, as PNGs beside this script: a LinkedIn
export that adds, merges and skips, and a CSV whose columns are being chosen.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots/import_preview.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from main_window import HERE, build, settle
from PySide6.QtWidgets import QApplication

CONNECTIONS = """Notes:
"Email addresses show only for connections whose privacy settings allow it."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Maya,Okafor,https://www.linkedin.com/in/maya-okafor,,Studio Lumen,Founder,12 Mar 2025
Ana,Lima,https://www.linkedin.com/in/analima-ux,ana@analima.example,Lima Research,UX researcher,03 Feb 2024
Wei,Chen,https://www.linkedin.com/in/weichen88,,Harbourline,Insights lead,02 Jan 2025
Sofia,Marques,https://www.linkedin.com/in/sofia-marques,sofia@vinhoverde.example,Vinho Verde Co,Brand manager,28 Feb 2025
Tom,Berg,https://www.linkedin.com/in/tomberg,tom.berg@brightline.example,Brightline Retail,Analytics manager,17 Nov 2023
Wei,Chen,https://www.linkedin.com/in/weichen88,wei@harbourline.example,Harbourline,,02 Jan 2025
,,https://www.linkedin.com/in/former-member,,,,11 Jun 2021
"""

SPREADSHEET = """Contact,Work email,Mobile,Organisation,Job,Comments
Rosa Diaz,rosa@ninenine.example,+1 555 0101,Nine-Nine Foods,Buyer,Met at the Porto fair
Gina Linetti,gina@ninenine.example,,Nine-Nine Foods,Marketing,
Kevin Cozner,kevin@colgate.example,+1 555 0144,Colgate University,Lecturer,Pricing seminar
"""


def preview(app: QApplication, window, text: str, name: str, size: tuple[int, int]):
    source = Path(tempfile.mkdtemp(prefix="twoway-import-")) / name
    source.write_text(text, encoding="utf-8")
    dialog = window.transfer.preview_import(source)
    dialog.resize(*size)
    settle(app)
    return dialog


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = build(app)
    settle(app)
    saved = []

    dialog = preview(app, window, CONNECTIONS, "Connections.csv", (860, 660))
    path = HERE / "main-import-preview.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.reject()

    dialog = preview(app, window, SPREADSHEET, "people.csv", (860, 720))
    for field, column in (("role", "Job"), ("notes", "Comments")):  # headers it cannot guess
        combo = dialog.columns[field]
        combo.setCurrentIndex(combo.findData(column))
    settle(app)
    path = HERE / "main-import-columns.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.reject()

    for path in saved:
        print(path.name)


if __name__ == "__main__":
    main()
