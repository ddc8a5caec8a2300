"""The create lesson's panel for data given as an existing tensor t: where t came from,
what torch warned, and what it does with ``torch.tensor(t, copy=True)``."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from tensorviz.core.create import Sharing
from tensorviz.ui.lessons.create import texts
from tensorviz.ui.widgets.roles import set_role
from tensorviz.ui.widgets.wrapping_label import breakable


class SharingPanel(QFrame):
    """Draws a :class:`~tensorviz.core.create.Sharing`; hidden when there is none."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("sharing_box")
        set_role(self, "panel")
        layout = QVBoxLayout(self)
        self.source = self._label("sharing_source")
        self.warning = self._label("sharing_warning")
        set_role(self.warning, "mono", "warn")  # torch's words, as Python prints them
        self.copy = self._label("sharing_copy")
        for label in (self.source, self.warning, self.copy):
            layout.addWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)  # torch's words, as they are
        return label

    def draw(self, sharing: Sharing | None) -> None:
        self.setVisible(sharing is not None)
        if sharing is None:
            return
        self.source.setText(texts.sharing_source(sharing.source_code, sharing.source_dtype))
        warned = [
            texts.sharing_warning(name, text)
            for name, printed in sharing.warnings.items()
            for text in printed
        ]
        # free to wrap inside a chain of calls: torch names
        # "sourceTensor.detach().clone().requires_grad_(True)," as one word, wider than the
        # picture at zoom 150 (it scrolled sideways)
        self.warning.setText(breakable("\n".join(warned)))
        self.warning.setVisible(bool(warned))
        error = str(sharing.copy_error) if sharing.copy_error is not None else None
        self.copy.setText(texts.copy_outcome(error, sharing.copy_shares))
        set_role(self.copy, "mono", "bad" if error is not None else None)
        # the labels' new heights now, so that the picture's layout, next, gives them room
        self.layout().activate()
