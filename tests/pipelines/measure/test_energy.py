"""``bench energy``: the draw sampled on a thread and averaged, the idle baseline subtracted, the energy per result;
a battery faked as a tree laid out like Linux's /sys; this machine's own answer (no battery, no RAPL)."""

import json
import time

import pytest

from app.cli.main import main
from pipelines.machine.power import PowerUnavailable, find_power_source
from pipelines.measure.energy import Block, PhasedMeter, PowerSampler, attribute, bench_energy, per_result
from pipelines.measure.timing_log import TimingLog
from tests.pipelines.machine.test_power import supply


def test_the_sampler_averages_the_draw_and_logs_it_for_the_report(tmp_path):
    battery = supply(tmp_path, "BAT0", type="Battery", status="Discharging", power_now=6_000_000)
    log = TimingLog()
    with PowerSampler(find_power_source(tmp_path, "linux"), interval_s=0.05, log=log) as sampler:
        time.sleep(0.5)
        (battery / "power_now").write_text("18000000\n")  # a pipeline starts: 18 W for as long as 6 W before
        time.sleep(0.5)
    assert sampler.lost == "" and 12 <= len(sampler.samples) <= 21  # one a 0.05 s tick, each tick later on a busy CPU
    assert sampler.mean_w() == pytest.approx(12.0, abs=1.5)
    assert [w for _, w in log.snapshot()["power_w"]] == [w for _, w in sampler.samples]


def test_a_charger_plugged_in_mid_run_is_said(tmp_path):
    battery = supply(tmp_path, "BAT0", type="Battery", status="Discharging", power_now=6_000_000)
    with PowerSampler(find_power_source(tmp_path, "linux"), interval_s=0.05, log=None) as sampler:
        time.sleep(0.2)
        (battery / "status").write_text("Charging\n")
        time.sleep(0.2)
    assert sampler.lost == "on AC power (battery BAT0: Charging): plug out the charger to measure energy"


def test_energy_per_result_is_the_draw_above_idle_over_the_run():
    assert per_result(total_w=12.0, idle_w=8.0, seconds=10.0, count=500) == (4.0, 80.0)  # 40 J / 500 frames
    assert per_result(9.0, 8.0, 10.0, 0) == (1.0, None)


def test_bench_energy_runs_each_pipeline_alone_on_a_battery(tmp_path, built_model):
    supply(tmp_path, "BAT0", type="Battery", status="Discharging", power_now=10_000_000)  # a steady 10 W
    energy = bench_energy(seconds=1.0, root=tmp_path, interval_s=0.1)["energy"]
    assert energy["source"] == "battery" and energy["idle_w"] == 10.0 and energy["seconds"] == 1.0
    for pipeline, count in (("detection", "frames"), ("speech", "audio_s"), ("chat", "tokens")):
        assert energy[pipeline][count] > 0 and energy[pipeline]["total_w"] == 10.0 and energy[pipeline]["w"] == 0.0
        # one reading each interval while the pipeline ran: its run ends with its last result, past the 1 s on a
        # slow CPU (1.3 s on a 2-core Xeon)
        measured_s = energy[pipeline]["measured_s"]
        assert measured_s >= 1.0 and measured_s / 0.1 - 3 <= energy[pipeline]["samples"] <= measured_s / 0.1 + 1
    assert energy["detection"]["mj_per_frame"] == energy["chat"]["mj_per_token"] == 0.0


def test_here_without_battery_or_rapl_bench_energy_says_why(capsys):
    with pytest.raises(PowerUnavailable):
        find_power_source()
    assert main(["bench", "energy", "--seconds", "2", "--json"]) == 0
    energy = json.loads(capsys.readouterr().out)["energy"]
    assert energy == {"source": "none", "reason": "no battery in /sys/class/power_supply; no RAPL domain in "
                                                  "/sys/class/powercap"}
    assert main(["bench", "energy", "--seconds", "2"]) == 0
    assert capsys.readouterr().out.startswith("energy: no power reading here: no battery in /sys/class/power_supply")
    assert main(["bench", "energy", "--seconds", "0"]) == 1
    assert "--seconds must be at least 1" in capsys.readouterr().err


def test_each_reading_goes_to_the_block_it_falls_in_after_the_settling_time():
    blocks = [Block("idle", 0.0, 5.0, 0), Block("fp32", 5.2, 10.0, 50), Block("int8", 10.0, 15.0, 120),
              Block("int8", 15.0)]  # still running: none of its readings count yet
    samples = [(0.5, 6.0), (1.5, 6.2), (5.1, 9.0), (5.6, 20.0), (9.9, 22.0), (10.0, 22.0), (10.3, 11.0),
               (11.0, 12.0), (15.5, 12.0)]
    assert attribute(samples, blocks, settle_s=0.5) == {"idle": [6.2], "fp32": [22.0, 22.0], "int8": [12.0]}
    assert attribute(samples, blocks, settle_s=0.0) == {"idle": [6.0, 6.2], "fp32": [20.0, 22.0, 22.0],
                                                        "int8": [11.0, 12.0]}


def test_a_battery_settles_longer_than_an_energy_counter_and_at_least_one_interval(tmp_path):
    supply(tmp_path, "BAT0", type="Battery", status="Discharging", power_now=6_000_000)
    battery = find_power_source(tmp_path, "linux")
    assert PhasedMeter(battery, interval_s=0.5).settle_s == 2.0
    assert PhasedMeter(battery, interval_s=0.5, settle_s=0.0).settle_s == 0.5
