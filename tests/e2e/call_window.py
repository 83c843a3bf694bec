"""A stand-in for a video call on X11: one maximized window titled "Video call"."""

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication([])
call = QLabel("Video call")
call.setWindowTitle("Video call")
call.showMaximized()
app.exec()
