"""A stand-in for a video call in end-to-end tests: a plain window that takes the focus
like a real call window.

    python call_window.py                                  "Video call", maximized
    python call_window.py "Zoom Meeting" X Y WIDTH HEIGHT  that title, at that place
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv[:1])
title = sys.argv[1] if len(sys.argv) > 1 else "Video call"
window = QLabel(title)
window.setWindowTitle(title)
if len(sys.argv) >= 6:
    x, y, width, height = (int(value) for value in sys.argv[2:6])
    window.setGeometry(x, y, width, height)
    window.show()
else:
    window.showMaximized()
window.activateWindow()
app.exec()
