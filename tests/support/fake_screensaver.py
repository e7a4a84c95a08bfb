"""A double of the freedesktop ScreenSaver service for tests: registers org.freedesktop.ScreenSaver on the
session bus named by DBUS_SESSION_BUS_ADDRESS, answers Inhibit with a cookie, and prints what happens on
stdout ("Inhibit <app>", and "Left <unique name>" for every client that leaves the bus: the real services
release an inhibitor whose client leaves), so a test sees the real D-Bus traffic."""

import sys

from PySide6.QtCore import SLOT, ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

COOKIE = 4242


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class ScreenSaver(QObject):
    @Slot(str, str, result="uint")
    def Inhibit(self, application: str, reason: str) -> int:
        print(f"Inhibit {application}", flush=True)
        return COOKIE


class BusWatcher(QObject):
    @Slot(str, str, str)
    def owner_changed(self, name: str, old_owner: str, new_owner: str) -> None:
        if name.startswith(":") and not new_owner:
            print(f"Left {name}", flush=True)


if __name__ == "__main__":
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    service, watcher = ScreenSaver(), BusWatcher()
    bus.connect("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "NameOwnerChanged",
                watcher, SLOT("owner_changed(QString,QString,QString)"))
    if not (
        bus.registerService("org.freedesktop.ScreenSaver")
        and bus.registerObject("/org/freedesktop/ScreenSaver", service, QDBusConnection.RegisterOption.ExportAllSlots)
    ):
        sys.exit(f"could not register: {bus.lastError().message()}")
    print("ready", flush=True)
    app.exec()
