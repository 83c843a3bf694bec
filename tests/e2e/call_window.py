"""A stand-in for a call app's window in end-to-end tests: a plain window with the title
given, at the place given, that takes the focus like a real call window.

    python call_window.py "Zoom Meeting" X Y WIDTH HEIGHT
"""

import sys

from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
window = QWidget()
window.setWindowTitle(sys.argv[1])
x, y, width, height = (int(value) for value in sys.argv[2:6])
window.setGeometry(x, y, width, height)
window.show()
window.activateWindow()
app.exec()
