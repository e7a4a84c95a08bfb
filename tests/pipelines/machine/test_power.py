"""The power readers, fed recorded readings: a tree laid out like Linux's /sys, an ``ioreg`` answer from a MacBook
on battery, the fields of Windows' BATTERY_STATUS."""

from pathlib import Path

import pytest

from pipelines.machine import power
from pipelines.machine.power import (
    BATTERY_DISCHARGING,
    BATTERY_POWER_ON_LINE,
    BATTERY_UNKNOWN_RATE,
    NO_SOURCE,
    ON_AC,
    ROOT_ONLY,
    PowerUnavailable,
    Rapl,
    battery_status_watts,
    find_power_source,
    ioreg_watts,
)

IOREG = Path(__file__).parents[2] / "data" / "ioreg_apple_smart_battery.txt"


def supply(root: Path, name: str, **files: object) -> Path:
    """A folder of /sys/class/power_supply under ``root`` with these files (``power_now="8500000"``...)."""
    folder = root / "sys/class/power_supply" / name
    folder.mkdir(parents=True)
    for file, value in files.items():
        (folder / file).write_text(f"{value}\n")
    return folder


def rapl_zone(root: Path, name: str, zone: str, energy_uj: int, max_uj: int = 262143328850) -> Path:
    folder = root / "sys/class/powercap" / name
    folder.mkdir(parents=True)
    for file, value in (("name", zone), ("energy_uj", energy_uj), ("max_energy_range_uj", max_uj)):
        (folder / file).write_text(f"{value}\n")
    return folder


def test_a_discharging_battery_reads_power_now_or_current_times_voltage(tmp_path):
    supply(tmp_path, "AC", type="Mains", online=0)
    supply(tmp_path, "BAT0", type="Battery", status="Discharging", power_now=8_500_000)
    supply(tmp_path, "BAT1", type="Battery", status="Discharging", current_now=-400_000, voltage_now=11_400_000)
    supply(tmp_path, "hidpp_battery_0", type="Battery", scope="Device", status="Discharging", power_now=900_000)
    source = find_power_source(tmp_path, "linux")
    assert source.kind == "battery"
    assert source.watts() == pytest.approx(8.5 + 0.4 * 11.4)  # the two laptop batteries, not the mouse's


def test_on_ac_power_the_reason_says_to_plug_out_the_charger(tmp_path):
    supply(tmp_path, "BAT0", type="Battery", status="Charging", power_now=20_000_000)
    with pytest.raises(PowerUnavailable) as raised:
        find_power_source(tmp_path, "linux")
    assert raised.value.reason == (f"on AC power (battery BAT0: Charging): plug out the charger to measure energy; "
                                   f"no RAPL domain in {tmp_path / 'sys/class/powercap'}")
    assert raised.value.cause == ON_AC  # what a window says in its one short line: the charger


def test_rapl_readable_by_root_only_is_its_own_cause_and_the_charger_comes_first(tmp_path, monkeypatch):
    zone = rapl_zone(tmp_path, "intel-rapl:0", "package-0", 1_000)
    real_read = power._read

    def root_only(path: Path) -> str:
        if path.name == "energy_uj":  # mode 0400 since Linux 5.10; chmod cannot show it to these tests' root
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(power, "_read", root_only)
    with pytest.raises(PowerUnavailable) as raised:
        find_power_source(tmp_path, "linux")
    assert raised.value.cause == ROOT_ONLY and str(zone / "energy_uj") in raised.value.reason
    supply(tmp_path, "BAT0", type="Battery", status="Charging", power_now=20_000_000)
    with pytest.raises(PowerUnavailable) as raised:
        find_power_source(tmp_path, "linux")
    assert raised.value.cause == ON_AC and "RAPL's energy counters are readable by root only" in raised.value.reason


def test_a_battery_that_is_plugged_in_mid_run_stops_answering(tmp_path):
    battery = supply(tmp_path, "BAT0", type="Battery", status="Discharging", power_now=7_000_000)
    source = find_power_source(tmp_path, "linux")
    (battery / "status").write_text("Full\n")
    with pytest.raises(PowerUnavailable, match="plug out the charger"):
        source.watts()


def test_on_ac_power_rapl_reads_the_packages_and_survives_its_counters_wrap(tmp_path):
    supply(tmp_path, "BAT0", type="Battery", status="Not charging", power_now=0)
    package0 = rapl_zone(tmp_path, "intel-rapl:0", "package-0", 1_000_000)
    package1 = rapl_zone(tmp_path, "intel-rapl:1", "package-1", 999_000_000, max_uj=1_000_000_000)
    rapl_zone(tmp_path, "intel-rapl:0:0", "core", 5)  # a sub-domain: inside package-0's count already
    assert find_power_source(tmp_path, "linux").kind == "rapl"
    now = [100.0]
    counters = Rapl([package0, package1], clock=lambda: now[0])
    (package0 / "energy_uj").write_text("13000000\n")  # +12 J
    (package1 / "energy_uj").write_text("2000000\n")  # wrapped at 1000 J: +3 J
    now[0] += 2.0
    assert counters.watts() == pytest.approx(15 / 2)


def test_rapl_reads_the_platform_domain_alone_where_it_exists(tmp_path):
    rapl_zone(tmp_path, "intel-rapl:0", "package-0", 0)
    psys = rapl_zone(tmp_path, "intel-rapl:1", "psys", 0)
    source = find_power_source(tmp_path, "linux")
    assert isinstance(source, Rapl) and source.zones == [psys]


def test_a_battery_without_a_status_or_a_draw_is_a_reason_not_a_crash(tmp_path):
    battery = supply(tmp_path, "BAT0", type="Battery", power_now=5_000_000)
    with pytest.raises(PowerUnavailable, match="the battery reports no draw"):
        find_power_source(tmp_path, "linux")
    (battery / "status").write_text("Discharging\n")
    (battery / "power_now").unlink()
    with pytest.raises(PowerUnavailable, match="the battery reports no draw"):
        find_power_source(tmp_path, "linux")


def test_without_battery_or_rapl_each_reason_is_given(tmp_path):
    (tmp_path / "sys/class/power_supply").mkdir(parents=True)
    with pytest.raises(PowerUnavailable) as raised:
        find_power_source(tmp_path, "linux")
    assert raised.value.reason.startswith(f"no battery in {tmp_path / 'sys/class/power_supply'}; no RAPL domain")
    assert raised.value.cause == NO_SOURCE


def test_a_macbook_on_battery_draws_instant_amperage_times_voltage():
    text = IOREG.read_text(encoding="utf-8")
    assert ioreg_watts(text) == pytest.approx(1.092 * 11.974)  # InstantAmperage 2**64 - 1092 mA, 11974 mV
    plugged = text.replace('"ExternalConnected" = No', '"ExternalConnected" = Yes')
    with pytest.raises(PowerUnavailable, match="plug out the charger"):
        ioreg_watts(plugged.replace('"IsCharging" = No', '"IsCharging" = Yes'))
    with pytest.raises(PowerUnavailable, match="no battery"):
        ioreg_watts("+-o AppleSmartBattery  <class IOService>\n")  # a Mac without a battery


def test_windows_battery_status_rate_is_milliwatts_while_discharging():
    assert battery_status_watts(BATTERY_DISCHARGING, -8_250) == pytest.approx(8.25)
    with pytest.raises(PowerUnavailable, match="plug out the charger"):
        battery_status_watts(BATTERY_POWER_ON_LINE | 0x4, 30_000)
    with pytest.raises(PowerUnavailable, match="no discharge rate"):
        battery_status_watts(BATTERY_DISCHARGING, BATTERY_UNKNOWN_RATE)
