"""The Qt binding must not leak references to None/True (PySide6 6.12.0 on CPython 3.11 did:
the app aborted with "bool_dealloc" after a few thousand slider updates; pyproject excludes it)."""

import subprocess
import sys

CODE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication
app = QApplication([])
class Emitter(QObject):
    changed = Signal(int)
emitter = Emitter()
emitter.changed.connect(lambda value: None)
image = QImage(50, 50, QImage.Format.Format_ARGB32)
painter = QPainter(image)
none0, true0 = sys.getrefcount(None), sys.getrefcount(True)
for i in range(20000):
    emitter.changed.emit(i)
    painter.setPen(QPen(QColor("red")))
    painter.drawRect(1, 1, 5, 5)
painter.end()
print(sys.getrefcount(None) - none0, sys.getrefcount(True) - true0)
"""


def test_twenty_thousand_emits_and_paints_leave_none_and_true_alone():
    done = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    none_drift, true_drift = (int(v) for v in done.stdout.split())
    assert none_drift > -1000 and true_drift > -1000
