"""Kiosk mode for a booth: the dashboard full screen on the chosen display, no menus, tabs or dialogs,
the cursor hidden when idle, the screen kept awake, and no way out but a documented key chord (and a
PIN, when one is set in the settings). Ctrl+Q, Alt+F4 (a close request) and F11 do nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QMainWindow, QStyle

from app.kiosk.attract_loop import AttractLoop
from app.kiosk.screen_awake import ScreenAwake, keep_screen_awake_soon
from widgets.booth_header import booth_text_px
from widgets.call_to_action import CallToAction

EXIT_CHORD = "Ctrl+Alt+Shift+Q"
CURSOR_IDLE_MS = 3000
INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class Kiosk(QObject):
    """Turns ``window`` (the main window) into the booth screen; ``unlocked`` once the chord (and PIN) let it close.
    ``bus_address``: the D-Bus session bus to inhibit the screen saver on (default: the user's). Emits
    ``screen_awake`` with the platform's answer (``awake``: what holds the screen awake, or why nothing does)."""

    screen_awake = Signal(object)

    def __init__(self, window: QMainWindow, display: int | None = None, bus_address: str | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.unlocked = False
        window.show_view("dashboard")  # first: the view's own actions are set as it shows, then all locked here
        for menu in window.menuBar().actions():  # a hidden menu bar keeps its shortcuts: Ctrl+Q, F11...
            for action in menu.menu().actions():
                action.setEnabled(action in window.booth_actions)  # ...all off but the booth keys: C, P, F9
        window.menuBar().hide()
        for panel in window.running_panels():
            panel.lock_for_booth()
        window.deck.bar.hide()
        window.first_run_note.hide()
        # The default text is translated (settings.py marks it); an operator's own text is shown as written.
        cta_text = QCoreApplication.translate("Kiosk", window.settings.cta_text)
        self.corner = CallToAction(cta_text, window.settings.cta_url, window)
        self.corner.show()
        self.pin = QLineEdit(window)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setPlaceholderText(self.tr("PIN to leave kiosk mode (Esc cancels)"))
        self.pin.setFixedWidth(320)
        self.pin.hide()
        self.pin.returnPressed.connect(self._check_pin)
        QShortcut(QKeySequence(EXIT_CHORD), window, self.request_exit, context=Qt.ShortcutContext.ApplicationShortcut)
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.setInterval(CURSOR_IDLE_MS)
        self._cursor_timer.timeout.connect(self._hide_cursor)
        self._cursor_hidden = False
        QGuiApplication.instance().installEventFilter(self)
        self.awake = ScreenAwake()  # until the platform answers
        self._closed = False
        keep_screen_awake_soon(bus_address, self._kept_awake, self)
        self.attract = AttractLoop(window)
        self._place(display)
        self._cursor_timer.start()

    def _place(self, display: int | None) -> None:
        screens = QGuiApplication.screens()
        screen = (
            screens[display] if display is not None and 0 <= display < len(screens) else QGuiApplication.primaryScreen()
        )
        self.window.setGeometry(screen.geometry())
        self.window.showFullScreen()
        self._layout_overlays()

    def _layout_overlays(self) -> None:
        area = self.window.rect()
        self.corner.set_text_px(booth_text_px(area.height()))
        # Over the video's lower outer corner (on the right in a right-to-left window, where the video is), above the
        # attract loop's caption: placed at the left, it covered the Arabic window's chat box.
        top = area.bottom() - self.corner.height() - self.attract.caption_height() - 16
        spot = QRect(QPoint(16, top), self.corner.size())
        self.corner.move(QStyle.visualRect(self.window.layoutDirection(), area, spot).topLeft())
        self.corner.raise_()
        self.pin.move((area.width() - self.pin.width()) // 2, area.height() // 2)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._cursor_timer.start()
            if self._cursor_hidden:
                QGuiApplication.restoreOverrideCursor()
                self._cursor_hidden = False
        if event.type() == QEvent.Type.Resize and watched is self.window:
            QTimer.singleShot(0, self._layout_overlays)
        if event.type() == QEvent.Type.KeyPress and self.pin.isVisible() and event.key() == Qt.Key.Key_Escape:
            self.pin.hide()
            return True
        return False

    def _hide_cursor(self) -> None:
        if not self._cursor_hidden:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._cursor_hidden = True

    def request_exit(self) -> None:
        """The exit chord: leave at once, or ask for the PIN first when one is set."""
        if not self.window.settings.kiosk_pin:
            self.leave()
            return
        self.pin.clear()
        self.pin.show()
        self.pin.raise_()
        self.pin.setFocus()

    def _check_pin(self) -> None:
        if self.pin.text() == self.window.settings.kiosk_pin:
            self.leave()
        else:
            self.pin.clear()
            self.pin.setPlaceholderText(self.tr("Wrong PIN. PIN to leave kiosk mode (Esc cancels)"))

    def leave(self) -> None:
        """Unlock and close the window (also used by the app's own timed exits)."""
        self.unlocked = True
        self.window.close()

    def _kept_awake(self, awake: ScreenAwake) -> None:
        if self._closed:  # the answer came after the booth closed: let go at once
            awake.release()
            return
        self.awake = awake
        self.screen_awake.emit(awake)

    def shutdown(self) -> None:
        """The window closes: the screen may sleep again, the cursor comes back."""
        self._closed = True
        QGuiApplication.instance().removeEventFilter(self)
        self.attract.shutdown()
        self.awake.release()
        if self._cursor_hidden:
            QGuiApplication.restoreOverrideCursor()
            self._cursor_hidden = False
