"""The ops lesson's frame: four topic buttons, then the shown topic's controls; its picture in
the middle. The controls column and the picture switch together (two stacks, one page per
topic: ``item``, ``elementwise``, ``hadamard``, ``matmul``)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tensorviz.core.snippet import Snippet
from tensorviz.ui.lesson import LessonView
from tensorviz.ui.lessons.ops import texts
from tensorviz.ui.lessons.ops.elementwise import ElementwisePage
from tensorviz.ui.lessons.ops.hadamard import HadamardPage
from tensorviz.ui.lessons.ops.item import ItemPage
from tensorviz.ui.lessons.ops.matmul import MatmulPage
from tensorviz.ui.lessons.ops.page import Page, Shown
from tensorviz.ui.lessons.ops.state import TOPICS, State
from tensorviz.ui.theme import Theme
from tensorviz.ui.widgets.scrolls import CurrentPageStack


class OpsView(LessonView):
    """Emits the topic the user picks (the pages emit their own intents); draws a
    :class:`State` with what its topic shows."""

    topic_chosen = Signal(str)
    page_built = Signal(str)  # a topic's page now exists: its intents can be connected

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        # a topic's page is built when it is first drawn: start-up pays for one topic only
        self.pages: dict[str, Page] = {}

        controls = QWidget()
        controls.setObjectName("ops_controls")
        column = QVBoxLayout(controls)
        self.topics_box = QGroupBox()
        buttons = QGridLayout(self.topics_box)
        self.topic_group = QButtonGroup(self)
        self.topic_group.setExclusive(True)
        self.topic_buttons: dict[str, QPushButton] = {}
        for i, name in enumerate(TOPICS):
            button = self.topic_buttons[name] = QPushButton()
            button.setObjectName(f"section_{name}")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, n=name: self.topic_chosen.emit(n))
            self.topic_group.addButton(button)
            buttons.addWidget(button, i // 2, i % 2)
        column.addWidget(self.topics_box)
        self.busy_label = QLabel()
        self.busy_label.setObjectName("busy_label")
        self.busy_label.hide()
        column.addWidget(self.busy_label)
        self.control_stack = CurrentPageStack()
        self.picture_stack = QStackedWidget()
        column.addWidget(self.control_stack)
        column.addStretch(1)
        self.set_content(controls, self.picture_stack, code_width=30)
        self.retranslate()
        self.apply_theme(theme)

    # -- pages -----------------------------------------------------------------------------
    def page(self, topic: str) -> Page:
        """Topic ``topic``'s page, built on first use."""
        page = self.pages.get(topic)
        if page is None:
            page = self.pages[topic] = PAGES[topic](self.theme, self)
            self.control_stack.addWidget(page.controls)
            self.picture_stack.addWidget(page.picture)
            page.retranslate()
            page.apply_theme(self.theme)
            self.page_built.emit(topic)
        return page

    def build_ahead(self) -> None:
        for topic in PAGES:
            self.page(topic)

    @property
    def item(self) -> ItemPage:
        return self.page("item")

    @property
    def elementwise(self) -> ElementwisePage:
        return self.page("elementwise")

    @property
    def hadamard(self) -> HadamardPage:
        return self.page("hadamard")

    @property
    def matmul(self) -> MatmulPage:
        return self.page("matmul")

    def pause(self) -> None:
        """Stop stepping through the matrix product (if its page exists)."""
        if "matmul" in self.pages:
            self.matmul.playback.pause()

    # -- for the controller ----------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        """Say that a result is being computed in the background."""
        self.busy_label.setVisible(busy)

    def mark_invalid(self, topic: str, field: str | None) -> None:
        """Outline ``field`` of ``topic`` as refused (None: no field is)."""
        self.page(topic).mark_invalid(field)

    # -- drawing ---------------------------------------------------------------------------
    def draw(self, state: State, shown: Shown) -> None:
        topic = state.topic
        page = self.page(topic)
        self.topic_buttons[topic].setChecked(True)
        # the shown topic is drawn before its page is raised, so it never flashes stale
        page.render(state.shown(), shown)
        self.control_stack.setCurrentWidget(page.controls)
        self.picture_stack.setCurrentWidget(page.picture)
        self.code_pane.set_snippet(shown.snippet)

    def draw_controls(self, state: State) -> None:
        """The topic's page with its fields, and nothing computed yet."""
        topic = state.topic
        page = self.page(topic)
        self.topic_buttons[topic].setChecked(True)
        page.draw(state.shown(), Shown(topic, None, None, Snippet("", "")))
        self.control_stack.setCurrentWidget(page.controls)
        self.picture_stack.setCurrentWidget(page.picture)

    # -- texts and theme -------------------------------------------------------------------
    def answer_hints(self) -> list[QWidget]:
        hints: list[QWidget] = [page.preset_combo for page in self.pages.values()]
        chain = getattr(self.pages.get("elementwise"), "chain_controls", None)
        if chain is not None:
            hints.append(chain.calls_list)  # ✗ beside a call that raised
        return hints

    def retranslate(self) -> None:
        self.topics_box.setTitle(texts.topics_box())
        self.busy_label.setText(texts.computing())
        for name, button in self.topic_buttons.items():
            button.setText(texts.topic_name(name))
            button.setToolTip(texts.topic_tip(name))
        for page in self.pages.values():
            page.retranslate()
            page.redraw()  # hidden pages too: their texts made from results

    def apply_theme(self, theme: Theme) -> None:
        super().apply_theme(theme)
        for page in self.pages.values():
            page.apply_theme(theme)


PAGES: dict[str, type[Page]] = {
    "item": ItemPage,
    "elementwise": ElementwisePage,
    "hadamard": HadamardPage,
    "matmul": MatmulPage,
}
VIEW = OpsView
