"""pyqtgraph's mirror of Qt filled as it is used (pyqtgraph_qt, issue 16): importing pyqtgraph
no longer makes every PySide6 class; each is found when pyqtgraph first asks for it, and the
plots work as before. In a fresh interpreter: in this one pyqtgraph is in."""

from __future__ import annotations

from tests.ui.test_startup import run_fresh


def test_pyqtgraph_makes_only_the_qt_classes_it_uses(tmp_path):
    out = run_fresh(
        """
        import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
        import tensorviz.ui
        import pyqtgraph as pg
        from pyqtgraph.Qt import QtCore, QtGui, QtWidgets
        print("copied:", "QAbstractAnimation" in vars(QtCore), "QPdfWriter" in vars(QtGui))
        print("found:", QtCore.QAbstractAnimation is PySide6.QtCore.QAbstractAnimation,
              QtGui.QPdfWriter is PySide6.QtGui.QPdfWriter,
              "QAbstractAnimation" in vars(QtCore))
        print("pyqtgraph's own:", QtGui.QFileSystemModel is PySide6.QtWidgets.QFileSystemModel,
              pg.Qt.QT_LIB, pg.Qt.VERSION_INFO.startswith("PySide6"))
        print("PySide6 lists its names:", len(dir(PySide6.QtCore)) > 200,
              "QAbstractAnimation" in dir(PySide6.QtCore))
        print("the mirror lists them:", "QBitArray" in dir(QtCore),
              "QBitArray" in vars(QtCore))
        try:
            QtCore.NoSuchClass
        except AttributeError:
            print("missing: AttributeError")
        app = QtWidgets.QApplication([])
        plot = pg.PlotWidget()
        curve = plot.plot([1.0, 4.0, 9.0])
        plot.resize(240, 160)
        plot.show()
        app.processEvents()
        print("plotted:", curve.getData()[1].tolist(), plot.grab().width() > 0)
        """,
        tmp_path,
    )
    assert "copied: False False" in out, out
    assert "found: True True True" in out, out
    assert "pyqtgraph's own: True PySide6 True" in out, out
    assert "PySide6 lists its names: True True" in out, out
    assert "the mirror lists them: True False" in out, out
    assert "missing: AttributeError" in out, out
    assert "plotted: [1.0, 4.0, 9.0] True" in out, out


def test_a_binding_other_than_pyside6_is_left_to_pyqtgraph(tmp_path):
    """PYQTGRAPH_QT_LIB naming another binding: pyqtgraph.Qt is found and loaded as Python
    always does, and pyqtgraph takes (here: tries to take) the binding named."""
    out = run_fresh(
        """
        import importlib.util, os
        os.environ["PYQTGRAPH_QT_LIB"] = "PyQt6"
        import PySide6.QtWidgets
        import tensorviz.ui
        from tensorviz.ui import pyqtgraph_qt
        where = importlib.util.find_spec("pyqtgraph").submodule_search_locations
        print("found by the finder:", pyqtgraph_qt.FINDER.find_spec("pyqtgraph.Qt", where))
        try:
            import pyqtgraph
            print("took:", pyqtgraph.Qt.QT_LIB)
        except Exception as error:  # no PyQt6 here: pyqtgraph's own refusal
            print("took: none,", type(error).__name__)
        os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
        print("named PySide6:", pyqtgraph_qt._takes_pyside6())
        """,
        tmp_path,
    )
    assert "found by the finder: None" in out, out
    assert "took: PyQt6" in out or "took: none," in out, out
    assert "named PySide6: True" in out, out
