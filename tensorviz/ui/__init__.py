"""All Qt code of tensorviz."""

from tensorviz.ui import pyqtgraph_qt

pyqtgraph_qt.install()  # pyqtgraph's copy of Qt's names made lazily (start-up, issue 16)
