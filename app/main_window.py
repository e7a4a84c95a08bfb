"""The main window: hosts the pipeline panels, menus, shortcuts, status bar, remembered layout."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSize, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import VIEWS, __version__, view_name
from app.accelerators_menu import AcceleratorsMenu
from app.letters_in_lists import LettersInLists
from app.locale_format import window_numbers
from app.log_file import install_log_file
from app.panels.chat_panel import ChatPanel, history_path
from app.panels.device_combo import DeviceCombo
from app.panels.pipeline_panel import PipelinePanel
from app.panels.speech_panel import SpeechPanel
from app.phrases import translated
from app.settings import AppSettings
from app.translations import LANGUAGES, SYSTEM
from app.watchdog import Watchdog
from app.worker import BackgroundJobs, start_worker
from pipelines.errors import saving_to
from pipelines.machine.status_watch import watch_status
from pipelines.measure.side_by_side import DEVICE, ENGINES
from pipelines.names import PIPELINES, Pipeline
from pipelines.phrases import Phrase
from pipelines.runtime.engine_support import pipeline_unavailable
from pipelines.runtime.supervision import EventLog
from widgets.booth_header import booth_text_px
from widgets.event_log import EventLogView
from widgets.factory import button, left_to_right
from widgets.network_badge import NetworkBadge
from widgets.panel_deck import PanelDeck
from widgets.status_bar import StatusBar
from widgets.unavailable_notice import UnavailableNotice

TITLE = "Edge AI Showcase"  # the product's name: never translated
ABOUT = QT_TRANSLATE_NOOP(
    "MainWindow",
    "<h3>Edge AI Showcase {version}</h3>"
    "<p>Live object detection, speech-to-text and a chat assistant running entirely on this computer, on the best "
    "accelerator it has (NPU, then GPU, then CPU).</p>"
    "<p><b>Privacy:</b> nothing is sent over the network. Frames never leave this machine.</p>"
    "<p>Models: SSD-MobileNetV2 COCO (TensorFlow model zoo, Apache-2.0); SmolLM2-135M-Instruct "
    "(Hugging Face, Apache-2.0) in onnxruntime-genai or llama.cpp; Whisper base (OpenAI, MIT) in onnxruntime-genai "
    "or faster-whisper; vosk (Apache-2.0) with a vosk model where one is installed. "
    "Chat history stays in a local SQLite file.</p>",
)


FIRST_SIZE = QSize(1100, 800)  # the window's size on a first start, where the screen has room for it


def first_size(available: QSize) -> QSize:
    """``FIRST_SIZE`` within the screen's available area (a booth laptop's 1366x768 leaves ~728 px: at 800 the
    status bar and the dashboard's Send button were off screen)."""
    return FIRST_SIZE.boundedTo(available)


class MainWindow(QMainWindow):
    """One window: a tab per pipeline panel, and the dashboard tab with all three at once."""

    def __init__(self, settings: AppSettings, model: Path | None = None, history_file: Path | None = None) -> None:
        super().__init__()
        self.setStatusBar(StatusBar(self))
        self.settings = settings
        self.restart_requested = False  # set when the user restarts the app in another language
        self._asked_size: QSize | None = None  # the size last asked for (``resize``), kept even beyond the screen
        self.numbers = window_numbers()  # the window's locale: the status bar's figures and the report's
        self.kiosk = None  # set by enter_kiosk()
        self.setWindowTitle(TITLE)
        self.deck = PanelDeck(self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self.first_run_note = self._first_run_note(history_file)
        layout.addWidget(self.first_run_note)
        layout.addWidget(self.deck, 1)
        self.setCentralWidget(central)
        # A pipeline whose engine this machine lacks (Windows on ARM64: no OpenCV, CTranslate2 or vosk) gets a notice
        # instead.
        self.unavailable = {pipeline: pipeline_unavailable(pipeline) for pipeline in PIPELINES}
        self.vision = self._vision_panel(model) if not self.unavailable[Pipeline.DETECTION] else None
        self.speech = SpeechPanel(settings, self) if not self.unavailable[Pipeline.SPEECH] else None
        self.chat = ChatPanel(settings, self, history_file) if not self.unavailable[Pipeline.CHAT] else None
        for pipeline in PIPELINES:
            title = translated(Phrase(pipeline.label))  # the panel's title (the CLI's stays English)
            panel = self.panel(pipeline) or UnavailableNotice(title, translated(self.unavailable[pipeline]), self)
            self.deck.add(panel, title, panel.details)
            panel.status.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self._vision_actions: list[QAction] = []
        self.deck.view_changed.connect(self._view_changed)
        self._jobs = BackgroundJobs(self)  # the report's export
        log_file = install_log_file()
        self.watchdog = Watchdog(EventLog(), settings.stall_s, self)
        self._comparing: PipelinePanel | None = None  # the panel whose comparison is open
        for panel in self.running_panels():
            self.watchdog.watch(panel)
            panel.comparing.connect(lambda on, panel=panel: self._make_way(panel, on))
        self.event_log = EventLogView(str(log_file or ""), self)
        self.watchdog.event_added.connect(lambda event: self.event_log.add_line(event.line()))
        self._build_menus()
        self._view_changed(self.deck.current())
        self._memory_label = QLabel(self)
        self._memory_label.setToolTip(self.tr("Memory this app and its engine processes use now, models included"))
        self.statusBar().addPermanentWidget(self._memory_label)
        self.network_badge = NetworkBadge(self)
        self.statusBar().addPermanentWidget(self.network_badge)
        self._status_watch = start_worker(
            watch_status,
            "status-watch",
            self,
            self._show_status,
            lambda message: self.network_badge.setToolTip(message),
            lambda: None,
        )
        self.resize(first_size(self.screen().availableGeometry().size()))
        geometry, state = settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        remembered = {name: settings.splitter_sizes(name) for name in self._splitters()}
        self.deck.restore_sizes({name: remembered[name] for name in self.deck.splitters() if remembered[name]})
        if self.chat is not None and remembered["chat_history"]:
            self.chat.history_splitter.setSizes(remembered["chat_history"])

    def _splitters(self) -> dict[str, QSplitter]:
        """The splitters whose place is remembered with the window's size."""
        return {**self.deck.splitters(), **({"chat_history": self.chat.history_splitter} if self.chat else {})}

    def _vision_panel(self, model: Path | None):
        from app.panels.vision_panel import VisionPanel  # imports OpenCV: only where it exists

        return VisionPanel(self.settings, model, self)

    def running_panels(self) -> list[PipelinePanel]:
        """The panels whose pipeline can run here."""
        return [panel for panel in map(self.panel, PIPELINES) if panel is not None]

    def _first_run_note(self, history_file: Path | None) -> QWidget:
        """A one-time, non-blocking note on privacy and where things are kept; the demo runs behind it."""
        note = QWidget(self)
        note.setStyleSheet("background: #eaf4ea;")
        row = QHBoxLayout(note)
        history = history_file or history_path()
        text = QLabel(
            self.tr(
                "<b>Everything runs on this computer.</b> Nothing you show, say or type is sent anywhere: "
                "no account, no cloud, no telemetry. Settings: <code>{settings}</code>; "
                "chat history: <code>{history}</code>."
            ).format(settings=left_to_right(str(self.settings.file)), history=left_to_right(str(history)))
        )
        text.setWordWrap(True)
        row.addWidget(text, 1)
        row.addWidget(button(self.tr("Got it"), self.tr("Hide this note for good"), self.dismiss_first_run_note))
        note.setVisible(not self.settings.first_run_note_seen)
        return note

    def dismiss_first_run_note(self) -> None:
        self.first_run_note.setVisible(False)
        self.settings.first_run_note_seen = 1

    def _build_menus(self) -> None:
        def action(menu, text: str, shortcut, slot) -> QAction:
            item = QAction(text, self)
            item.setShortcut(QKeySequence(shortcut))
            item.triggered.connect(lambda checked=False: slot())  # not ``checked``: Export report took it for a folder
            menu.addAction(item)
            return item

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        if self.vision is not None:  # Vision's own: on while Vision or the dashboard shows (Ctrl+S on Speech is not)
            self._vision_actions = [
                action(
                    file_menu, self.tr("&Open video or image..."), QKeySequence.StandardKey.Open,
                    self.vision.controls.open_file,
                ),
                action(file_menu, self.tr("Open detector &model..."), "Ctrl+M", self.vision.open_model),
                action(file_menu, self.tr("Use the &built-in detector"), "", self.vision.use_built_in_model),
                action(file_menu, self.tr("Save &snapshot"), QKeySequence.StandardKey.Save, self.vision.save_snapshot),
            ]
        action(file_menu, self.tr("&Export report..."), "Ctrl+E", self.export_report)  # Speech and Chat have timings
        file_menu.addSeparator()
        action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        titles = (self.tr("&Vision"), self.tr("&Speech"), self.tr("&Chat"), self.tr("&Dashboard (all three)"))
        for number, title in enumerate(titles, start=1):
            action(view_menu, title, f"Ctrl+{number}", lambda checked=False, i=number - 1: self.deck.select(i))
        # The booth keys work wherever focus is in the window, kiosk included; typed into a text box (the chat's
        # question, the kiosk PIN) a letter stays a letter: text boxes take plain keys before window shortcuts.
        self.booth_actions: list[QAction] = []
        QGuiApplication.instance().installEventFilter(LettersInLists(self))  # but a list takes a letter typed in it
        if self.vision is not None:
            action(view_menu, self.tr("&Start / stop detection"), "Ctrl+R", self.vision.toggle)
            self.booth_actions += [
                action(view_menu, self.tr("&Compare CPU vs accelerator"), "C", self.vision.compare_devices),
                action(view_menu, self.tr("Compare FP32 vs &INT8"), "P", self.vision.compare_precisions),
            ]
        if (chat := self.chat) is not None:  # Ctrl+Shift: the question box keeps plain and Shift+ letters
            action(view_menu, self.tr("Compare &answers: CPU vs accelerator"), "Ctrl+Shift+A",
                   lambda: chat.compare(DEVICE))
            action(view_menu, self.tr("Compare answers: llama.cpp vs onnxruntime-&genai"), "Ctrl+Shift+G",
                   lambda: chat.compare(ENGINES))
        if (speech := self.speech) is not None:
            action(view_menu, self.tr("Compare &transcripts: CPU vs accelerator"), "Ctrl+Shift+T",
                   lambda: speech.compare(DEVICE))
            action(view_menu, self.tr("Compare transcripts: faster-&whisper vs onnxruntime-genai"), "Ctrl+Shift+W",
                   lambda: speech.compare(ENGINES))
            self.booth_actions.append(
                action(view_menu, self.tr("Live &captions window"), "F9", self.speech.show_captions)
            )
        self.addActions(self.booth_actions)  # the kiosk hides the menu bar, and a hidden menu's shortcuts are dead
        action(view_menu, self.tr("&Full screen"), "F11", self.toggle_full_screen)
        action(view_menu, self.tr("&Kiosk mode (booth)..."), "", self.ask_kiosk)
        action(view_menu, self.tr("&Event log"), "Ctrl+L", self.event_log.show)
        self.language_menu = self._language_menu(view_menu)
        self.accelerators = AcceleratorsMenu(self)
        self.accelerators.status.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.accelerators.installed.connect(self._provider_installed)
        self.menuBar().addMenu(self.accelerators)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        action(help_menu, self.tr("&About"), "F1", self.show_about)

    def _language_menu(self, view_menu: QMenu) -> QMenu:
        """View > Language: the system's, or one of ``LANGUAGES`` in its own name; the choice is remembered."""
        menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(menu)
        for code, name in ((SYSTEM, self.tr("System language")), *LANGUAGES.items()):
            item = menu.addAction(name)
            item.setCheckable(True)
            item.setChecked(code == self.settings.language)
            item.setData(code)
            group.addAction(item)
            item.triggered.connect(lambda checked=False, code=code: self.choose_language(code))
        return menu

    def choose_language(self, code: str) -> None:
        """Remember ``code`` ("" = the system's); the window's texts are set as it is built, so the new language
        shows from the next start, which a "Restart now" button brings at once."""
        if code == self.settings.language:
            return
        self.settings.language = code  # written by the settings writer; "Restart now" closes, which syncs
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"), "", parent=self)
        name = LANGUAGES.get(code) or self.tr("the system's language")
        box.setText(self.tr("The window will be in {language} from the next start.").format(language=name))
        restart = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restart:
            self.restart_requested = True
            self.quit_app()

    def export_report(self, folder: Path | None = None) -> None:
        """Write the session report (machine, devices, models, the last hour's timings as plots) into a folder
        the user picks; on a worker, with the outcome in the status bar. The page's numbers and date are in the
        window's locale; its report.json and the folder's name are not (tools read them)."""
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Export the session report into..."), str(Path.home())
            )
            if not chosen:
                return
            folder = Path(chosen) / f"edge-showcase-report-{time.strftime('%Y%m%d-%H%M%S')}"
        ran = {panel.pipeline: text for panel in self.running_panels() if (text := panel.report_ran_on())}
        self.statusBar().showMessage(self.tr("Writing the report to {folder}...").format(folder=folder))
        written = self.tr("Report written: {path}")

        def write() -> Path:
            # On a worker: matplotlib's import (0.5 s, its font cache on a first run far longer) and a long session's
            # timings; a folder that cannot be written, or a full disk, is said once: the user picks another.
            from pipelines.measure.report import write_report
            from pipelines.measure.timing_log import SESSION

            with saving_to(folder):
                return write_report(folder, SESSION.snapshot(), ran, self.numbers)

        self._jobs.run(write, lambda path: self._show_report_note(written.format(path=path)), self._show_report_note,
                       "report")

    def _show_report_note(self, message: str) -> None:
        self.statusBar().showMessage(message, 30000)

    def show_view(self, view: str) -> None:
        """Show one of ``VIEWS``: a panel, or the dashboard ("vision", an older name of the detection panel, too)."""
        self.deck.select(VIEWS.index(view_name(view)))

    def _make_way(self, panel: PipelinePanel, comparing: bool) -> None:
        """One comparison measures at a time, with the machine to itself: while ``panel``'s is open every other panel
        stops (a comparison of its own closes), and those that ran run again when it ends. The view stays: a C
        pressed on the dashboard left the speech demo and the chat running beside the detectors it timed."""
        others = [other for other in self.running_panels() if other is not panel]
        if comparing:
            self._comparing = panel
            for other in others:
                other.hold_for_comparison()
        elif panel is self._comparing:
            self._comparing = None
            for other in others:
                other.release_after_comparison()

    def comparison_open(self) -> bool:
        """A panel's comparison window is open (the attract loop waits for it to close)."""
        return self._comparing is not None

    def panel(self, pipeline: Pipeline) -> PipelinePanel | None:
        """The panel of ``pipeline``, or None where this machine cannot run it."""
        return {Pipeline.DETECTION: self.vision, Pipeline.SPEECH: self.speech, Pipeline.CHAT: self.chat}[pipeline]

    def current_view(self) -> str:
        return VIEWS[self.deck.current()]

    def _view_changed(self, index: int) -> None:
        dashboard = self.deck.is_dashboard()
        for panel in self.running_panels():
            panel.set_booth(dashboard)
        self._size_booth_text()
        for item in self._vision_actions if self.kiosk is None else ():  # a kiosk keeps only the booth keys
            item.setEnabled(dashboard or self.current_view() == Pipeline.DETECTION.value)
        if self.chat is not None and self.current_view() == Pipeline.CHAT.value:
            self.chat.input.setFocus()  # Ctrl+3 and a click on the tab: ready to type (the tab bar kept the focus)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._size_booth_text()

    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest):  # shown, or its minimum size may be smaller
            QTimer.singleShot(0, self.fit_to_screen)
        return super().event(event)

    def resize(self, *size) -> None:  # type: ignore[override]
        """A size asked for (ours, a test's: one larger than the screen too) is kept; ``fit_to_screen`` only undoes
        what the layout did by itself (Qt's own resizes do not come through here)."""
        super().resize(*size)
        self._asked_size = self.size()

    def fit_to_screen(self) -> None:
        """The window within its screen: a panel laid out in the desktop's font before its booth text is sized for
        the window's height widens the window for a moment (a first start on the dashboard: 2370 px on a 1366 px
        screen, 1691 px in Arabic), which then stayed; a geometry remembered from a larger monitor is brought in
        too. Never below the window's minimum size."""
        available = self.screen().availableGeometry().size()
        too_large = self.width() > available.width() or self.height() > available.height()
        if too_large and not self.isFullScreen() and self.size() != self._asked_size:
            super().resize(self.size().boundedTo(available))  # not an asked size: bounded by a minimum now, perhaps

    def _size_booth_text(self) -> None:
        """On the dashboard all text follows the window's height (the same look at 1366x768 as at 3840x2160);
        a panel's own tab keeps the desktop's font."""
        px = booth_text_px(self.height())
        font = QFont()
        if self.deck.is_dashboard():
            font.setPixelSize(max(13, px // 2))
        self.deck.setFont(font)
        for panel in self.running_panels():
            panel.set_booth_text_px(px)

    def _show_status(self) -> None:
        """The status watch's newest reading (``pipelines/machine/status_watch.py``): memory and connections."""
        snapshot = self._status_watch.take_item()
        if snapshot is None:
            return
        used, memory = snapshot.memory_bytes, self.tr("Memory {mb} MB")
        self._memory_label.setText(memory.format(mb=self.numbers.number(used / 2**20)) if used else "")
        self.network_badge.show_snapshot(snapshot.network)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def show_about(self) -> None:
        title = self.tr("About {title}").format(title=TITLE)
        QMessageBox.about(self, title, self.tr(ABOUT).format(version=__version__))

    def _provider_installed(self) -> None:
        """A provider Windows ML installed: every Device list ranks again and offers it, and detection restarts on
        it; the chat and speech models move to it when next loaded on Auto (a new model, engine or device picked, or
        the next start)."""
        for device_list in self.findChildren(DeviceCombo):
            device_list.rank()
        if self.vision is not None:
            self.vision.restart()

    def enter_kiosk(self, display: int | None = None, bus_address: str | None = None) -> None:
        """The booth screen: the dashboard full screen, locked (``app/kiosk/booth.py``)."""
        from app.kiosk.booth import Kiosk

        self.kiosk = Kiosk(self, display, bus_address)

    def ask_kiosk(self) -> None:
        """Kiosk mode from the window (an installed app has no command line), on the window's screen, once the user
        knows how to leave it."""
        from app.kiosk.booth import EXIT_CHORD

        answer = QMessageBox.question(
            self,
            self.tr("Kiosk mode"),
            self.tr(
                "The dashboard fills this screen, menus and tabs are hidden, and the demos play by themselves when "
                "nobody is at the booth. Leave with {chord} (and the PIN, if one is set): the app then closes."
            ).format(chord=QKeySequence(EXIT_CHORD).toString(QKeySequence.SequenceFormat.NativeText)),  # 'Strg+...'
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.enter_kiosk(QGuiApplication.screens().index(self.screen()))

    def quit_app(self) -> None:
        """Close the window from the app's own code (timed exits), kiosk or not."""
        if self.kiosk is not None:
            self.kiosk.leave()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk is not None and not self.kiosk.unlocked:
            event.ignore()  # Alt+F4 and other close requests: only the exit chord leaves a kiosk
            return
        if self.kiosk is not None:
            self.kiosk.shutdown()
        else:
            self.settings.save_window_state(self.saveGeometry(), self.saveState())
            for name, splitter in self._splitters().items():
                self.settings.save_splitter_sizes(name, splitter.sizes())
        self.settings.view = self.current_view()
        self.hide()  # gone at once: the writes and the panels' bounded stops below took 0.2-0.35 s on the dashboard
        self.settings.sync()
        for panel in self.running_panels():
            panel.shutdown()
        self._jobs.stop_all()
        self._status_watch.stop()
        super().closeEvent(event)
