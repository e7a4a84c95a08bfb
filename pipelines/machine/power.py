"""The laptop's power draw, where the OS reports it without administrator rights.

Sources, best first:

- **The battery while it discharges**: its draw is the whole laptop's (screen, memory, accelerators, CPU). Linux:
  ``/sys/class/power_supply/*`` of type Battery (not a mouse's: scope Device), status Discharging, ``power_now``
  (uW) or ``current_now`` (uA) x ``voltage_now`` (uV). Windows: ``IOCTL_BATTERY_QUERY_STATUS``'s ``Rate`` (mW,
  negative while discharging), through SetupAPI and ``DeviceIoControl`` as a standard user. macOS: the smart
  battery's ``InstantAmperage`` (mA, a negative number printed as unsigned 64 bits) x ``Voltage`` (mV) from
  ``ioreg -rn AppleSmartBattery``. Battery gauges refresh their rate every second or few: average over tens of
  seconds.
- **RAPL** (Linux powercap, ``intel-rapl:N``, Intel and AMD): the processor package's energy counter, on AC power too,
  but the package only; readable by root alone on most kernels since 5.10 (the Platypus side channel). The
  platform domain ``psys``, where it exists, covers the package and more, and is read alone.

On AC power a battery reports no draw: the reason then says to plug out the charger. The Windows and macOS readers
were reasoned from Microsoft's and Apple's documentation and published ``ioreg`` output, not run.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

PLUG_OUT = "plug out the charger to measure energy"


ON_AC, NO_SOURCE, ROOT_ONLY = "on_ac", "none", "root_only"  # why there is no reading, for a window's short line


class PowerUnavailable(Exception):
    """No power reading: the reason, one line (on AC power, no battery, a counter only root may read), and its
    ``cause``: ``ON_AC`` (a charger is in: plugging it out gives a reading), ``ROOT_ONLY`` (RAPL is there but only
    root may read it), ``NO_SOURCE`` (anything else: no battery, no counter, a reader that failed)."""

    def __init__(self, reason: str, cause: str = NO_SOURCE) -> None:
        super().__init__(reason)
        self.reason = reason
        self.cause = cause


class PowerSource(Protocol):
    kind: str  # "battery" or "rapl"

    def watts(self) -> float:
        """The draw now (a battery) or since the last call (an energy counter); ``PowerUnavailable`` once it stops."""
        ...


def _read(path: Path) -> str:
    return path.read_text(encoding="ascii").strip()


def on_ac(status: str) -> PowerUnavailable:
    return PowerUnavailable(f"on AC power (battery {status}): {PLUG_OUT}", ON_AC)


class LinuxBattery:
    """The laptop's batteries in sysfs (two on some ThinkPads): the sum of those discharging."""

    kind = "battery"

    def __init__(self, folders: list[Path]) -> None:
        self.folders = folders

    def watts(self) -> float:
        try:
            statuses = {folder.name: _read(folder / "status") for folder in self.folders}
            draining = [folder for folder in self.folders if statuses[folder.name] == "Discharging"]
            if not draining:
                raise on_ac(", ".join(f"{name}: {status}" for name, status in statuses.items()))
            return sum(self._draw(folder) for folder in draining)
        except (OSError, ValueError) as error:
            raise PowerUnavailable(f"the battery reports no draw ({error})") from error

    @staticmethod
    def _draw(folder: Path) -> float:
        if (folder / "power_now").exists():
            return abs(int(_read(folder / "power_now"))) / 1e6
        return abs(int(_read(folder / "current_now")) * int(_read(folder / "voltage_now"))) / 1e12


def linux_batteries(root: Path) -> list[Path]:
    """The laptop's own batteries under ``root``/sys/class/power_supply (peripherals' batteries left out)."""
    folder = root / "sys/class/power_supply"
    found = []
    for supply in sorted(folder.iterdir()) if folder.is_dir() else []:
        scope = _read(supply / "scope") if (supply / "scope").exists() else "System"
        if (supply / "type").exists() and _read(supply / "type") == "Battery" and scope != "Device":
            found.append(supply)
    return found


class Rapl:
    """RAPL's energy counters (uJ, each wrapping at its ``max_energy_range_uj``): watts since the last call."""

    kind = "rapl"

    def __init__(self, zones: list[Path], clock: Callable[[], float] = time.monotonic) -> None:
        self.zones = zones
        self.clock = clock
        self.ranges = [int(_read(zone / "max_energy_range_uj")) for zone in zones]
        self.last = self._counters()
        self.last_t = clock()

    def _counters(self) -> list[int]:
        return [int(_read(zone / "energy_uj")) for zone in self.zones]

    def watts(self) -> float:
        counters, now = self._counters(), self.clock()
        joules = sum((new - old) % span for new, old, span in zip(counters, self.last, self.ranges, strict=True)) / 1e6
        elapsed, self.last, self.last_t = now - self.last_t, counters, now
        return joules / elapsed if elapsed > 0 else 0.0


def rapl(root: Path) -> Rapl:
    """The readable RAPL domains under ``root``/sys/class/powercap: ``psys`` alone where it exists, else the
    packages; ``PowerUnavailable`` with the reason otherwise."""
    folder = root / "sys/class/powercap"
    zones = sorted(z for z in folder.glob("intel-rapl:*") if re.fullmatch(r"intel-rapl:\d+", z.name))
    if not zones:
        raise PowerUnavailable(f"no RAPL domain in {folder}")
    platform_zones = [zone for zone in zones if _read(zone / "name") == "psys"]
    try:
        return Rapl(platform_zones or zones)
    except PermissionError as error:
        raise PowerUnavailable(f"RAPL's energy counters are readable by root only here ({error.filename})",
                               ROOT_ONLY) from error


def ioreg_watts(text: str) -> float:
    """The draw from ``ioreg -rn AppleSmartBattery``'s text: InstantAmperage (mA, signed 64 bits) x Voltage (mV)."""
    fields = dict(re.findall(r'^\s*"(\w+)" = (\S+)\s*$', text, re.MULTILINE))
    if "InstantAmperage" not in fields or "Voltage" not in fields:
        raise PowerUnavailable("no battery (ioreg lists no AppleSmartBattery with InstantAmperage and Voltage)")
    milliamps = int(fields["InstantAmperage"])
    milliamps -= 2**64 if milliamps >= 2**63 else 0
    if fields.get("ExternalConnected") == "Yes" or milliamps >= 0:
        raise on_ac("charging" if fields.get("IsCharging") == "Yes" else "not discharging")
    return -milliamps * int(fields["Voltage"]) / 1e6


class MacBattery:
    """The smart battery, read through ``ioreg`` (no administrator rights needed)."""

    kind = "battery"

    def watts(self) -> float:
        try:
            answer = subprocess.run(["ioreg", "-rn", "AppleSmartBattery"], capture_output=True, text=True, timeout=5)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise PowerUnavailable(f"ioreg did not answer: {error}") from error
        return ioreg_watts(answer.stdout)


BATTERY_POWER_ON_LINE, BATTERY_DISCHARGING = 0x1, 0x2
BATTERY_UNKNOWN_RATE = -0x80000000  # 0x80000000 read as the signed LONG it is


def battery_status_watts(power_state: int, rate_mw: int) -> float:
    """The draw from Windows' ``BATTERY_STATUS`` (``PowerState`` flags, ``Rate`` in mW, negative discharging)."""
    if power_state & BATTERY_POWER_ON_LINE or not power_state & BATTERY_DISCHARGING:
        raise on_ac("charging" if power_state & 0x4 else "not discharging")
    if rate_mw == BATTERY_UNKNOWN_RATE:
        raise PowerUnavailable("the battery reports no discharge rate")
    return abs(rate_mw) / 1000


class WindowsBattery:
    """The first battery's status through its device interface (reasoned from Microsoft's battery sample, not run)."""

    kind = "battery"

    def watts(self) -> float:
        if sys.platform == "win32":
            return battery_status_watts(*_windows_battery_status())
        raise PowerUnavailable("the Windows battery interface exists on Windows only")


if sys.platform == "win32":
    import ctypes
    from ctypes import wintypes

    class _Guid(ctypes.Structure):
        _fields_ = [("Data1", wintypes.DWORD), ("Data2", wintypes.WORD), ("Data3", wintypes.WORD),
                    ("Data4", ctypes.c_ubyte * 8)]

    class _InterfaceData(ctypes.Structure):  # SP_DEVICE_INTERFACE_DATA
        _fields_ = [("cbSize", wintypes.DWORD), ("InterfaceClassGuid", _Guid), ("Flags", wintypes.DWORD),
                    ("Reserved", ctypes.c_size_t)]

    class _WaitStatus(ctypes.Structure):  # BATTERY_WAIT_STATUS
        _fields_ = [("BatteryTag", wintypes.ULONG), ("Timeout", wintypes.ULONG), ("PowerState", wintypes.ULONG),
                    ("LowCapacity", wintypes.ULONG), ("HighCapacity", wintypes.ULONG)]

    class _Status(ctypes.Structure):  # BATTERY_STATUS
        _fields_ = [("PowerState", wintypes.ULONG), ("Capacity", wintypes.ULONG), ("Voltage", wintypes.ULONG),
                    ("Rate", wintypes.LONG)]

    # GUID_DEVCLASS_BATTERY {72631e54-78a4-11d0-bcf7-00aa00b7b32a}
    _BATTERY_CLASS = _Guid(0x72631E54, 0x78A4, 0x11D0, (ctypes.c_ubyte * 8)(0xBC, 0xF7, 0, 0xAA, 0, 0xB7, 0xB3, 0x2A))
    _DIGCF_PRESENT, _DIGCF_DEVICEINTERFACE = 0x2, 0x10
    _IOCTL_BATTERY_QUERY_TAG, _IOCTL_BATTERY_QUERY_STATUS = 0x294040, 0x29404C
    _GENERIC_READ_WRITE, _FILE_SHARE_READ_WRITE, _OPEN_EXISTING = 0xC0000000, 0x3, 3
    _INVALID_HANDLE = ctypes.c_void_p(-1).value

    def _windows_battery_status() -> tuple[int, int]:
        """(PowerState, Rate) of the first battery: its interface's path from SetupAPI, its tag, its status."""
        setupapi = ctypes.WinDLL("setupapi", use_last_error=True)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        setupapi.SetupDiGetClassDevsW.restype = wintypes.HANDLE
        setupapi.SetupDiGetClassDevsW.argtypes = [ctypes.POINTER(_Guid), wintypes.LPCWSTR, wintypes.HWND,
                                                  wintypes.DWORD]
        kernel32.CreateFileW.restype = wintypes.HANDLE
        kernel32.CreateFileW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD, ctypes.c_void_p,
                                         wintypes.DWORD, wintypes.DWORD, wintypes.HANDLE]
        kernel32.DeviceIoControl.argtypes = [wintypes.HANDLE, wintypes.DWORD, ctypes.c_void_p, wintypes.DWORD,
                                             ctypes.c_void_p, wintypes.DWORD, ctypes.POINTER(wintypes.DWORD),
                                             ctypes.c_void_p]
        devices = wintypes.HANDLE(setupapi.SetupDiGetClassDevsW(ctypes.byref(_BATTERY_CLASS), None, None,
                                                                _DIGCF_PRESENT | _DIGCF_DEVICEINTERFACE))
        if devices.value == _INVALID_HANDLE:
            raise PowerUnavailable("Windows lists no battery")
        try:
            interface = _InterfaceData(cbSize=ctypes.sizeof(_InterfaceData))
            if not setupapi.SetupDiEnumDeviceInterfaces(devices, None, ctypes.byref(_BATTERY_CLASS), 0,
                                                        ctypes.byref(interface)):
                raise PowerUnavailable("no battery (this machine runs on mains power only)")
            needed = wintypes.DWORD()
            setupapi.SetupDiGetDeviceInterfaceDetailW(devices, ctypes.byref(interface), None, 0, ctypes.byref(needed),
                                                      None)
            detail = ctypes.create_string_buffer(needed.value)  # SP_DEVICE_INTERFACE_DETAIL_DATA_W
            ctypes.c_ulong.from_buffer(detail).value = 8 if ctypes.sizeof(ctypes.c_void_p) == 8 else 6
            if not setupapi.SetupDiGetDeviceInterfaceDetailW(devices, ctypes.byref(interface), detail, needed, None,
                                                             None):
                raise PowerUnavailable(f"the battery's interface has no path (error {ctypes.get_last_error()})")
            path = ctypes.wstring_at(ctypes.addressof(detail) + 4)
        finally:
            setupapi.SetupDiDestroyDeviceInfoList(devices)
        battery = wintypes.HANDLE(kernel32.CreateFileW(path, _GENERIC_READ_WRITE, _FILE_SHARE_READ_WRITE, None,
                                                       _OPEN_EXISTING, 0, None))
        if battery.value == _INVALID_HANDLE:
            raise PowerUnavailable(f"the battery cannot be opened (error {ctypes.get_last_error()})")
        try:
            returned, wait, tag = wintypes.DWORD(), wintypes.ULONG(0), wintypes.ULONG()
            if not kernel32.DeviceIoControl(battery, _IOCTL_BATTERY_QUERY_TAG, ctypes.byref(wait), 4,
                                            ctypes.byref(tag), 4, ctypes.byref(returned), None) or not tag.value:
                raise PowerUnavailable("the battery slot is empty")
            query, status = _WaitStatus(BatteryTag=tag.value), _Status()
            if not kernel32.DeviceIoControl(battery, _IOCTL_BATTERY_QUERY_STATUS, ctypes.byref(query),
                                            ctypes.sizeof(query), ctypes.byref(status), ctypes.sizeof(status),
                                            ctypes.byref(returned), None):
                raise PowerUnavailable(f"the battery's status cannot be read (error {ctypes.get_last_error()})")
            return status.PowerState, status.Rate
        finally:
            kernel32.CloseHandle(battery)


def linux_source(root: Path) -> PowerSource:
    """The battery while it discharges, else RAPL, under ``root``/sys; ``PowerUnavailable`` with both reasons."""
    folders = linux_batteries(root)
    try:
        if not folders:
            raise PowerUnavailable(f"no battery in {root / 'sys/class/power_supply'}")
        battery = LinuxBattery(folders)
        battery.watts()
        return battery
    except PowerUnavailable as no_battery:
        try:
            return rapl(root)
        except PowerUnavailable as no_rapl:
            cause = no_battery.cause if no_battery.cause == ON_AC else no_rapl.cause  # the charger first
            raise PowerUnavailable(f"{no_battery.reason}; {no_rapl.reason}", cause) from None


def find_power_source(root: Path = Path("/"), platform: str = sys.platform) -> PowerSource:
    """The best source that reads now (see the module's text); ``PowerUnavailable`` with the reason otherwise.
    ``root``: where Linux's /sys is (a recorded tree in the tests)."""
    if platform not in ("win32", "darwin"):
        return linux_source(root)
    source = WindowsBattery() if platform == "win32" else MacBattery()
    source.watts()
    return source
